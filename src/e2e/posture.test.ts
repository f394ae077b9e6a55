import type { Page } from '@playwright/test';
import { poseForPosture } from '../data/point-pose';
import { POSE_WORDS } from '../data/pose-words';
import { openAtlas } from './support/atlas-page';
import { DATASET } from './support/dataset';
import { expect, test } from './support/fixtures';
import { waitForScene, waitForStillCamera } from './support/scene-page';
import { decodePng, rgbAt } from './support/png-pixels';

const stage = (page: Page) => page.getByTestId('body-stage');
/** The 3D view's text alternative: it names the pose the figure is in. */
const description = (page: Page) => page.locator('.body-stage__canvas');
const postureSwitch = (page: Page) => page.getByRole('switch', { name: 'Show the posture' });

/** A pattern matching `text` anywhere, for a check that an attribute contains it. */
const containing = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Waits until the body has settled in `pose` and the camera has framed it. */
async function waitForPose(page: Page, pose: string) {
  await page.waitForSelector(
    `[data-testid="body-stage"][data-pose="${pose}"][data-posing="false"]`,
    { timeout: 20_000 },
  );
  await waitForStillCamera(page);
}

/** Share of pixels that differ clearly between two screenshots of the same size. */
async function changedShare(page: Page, before: Buffer, after: Buffer): Promise<number> {
  const [first, second] = [await decodePng(page, before), await decodePng(page, after)];
  let changed = 0;
  for (let i = 0; i < first.data.length; i += 4) {
    const difference =
      Math.abs(first.data[i]! - second.data[i]!) +
      Math.abs(first.data[i + 1]! - second.data[i + 1]!) +
      Math.abs(first.data[i + 2]! - second.data[i + 2]!);
    if (difference > 60) changed++;
  }
  return changed / (first.width * first.height);
}

/** Share of the canvas drawn brighter than its background: the pale figure and its props. */
async function bodyShare(page: Page): Promise<number> {
  const pixels = await decodePng(
    page,
    await page.locator('.body-stage__canvas canvas').screenshot(),
  );
  const brightness = (x: number, y: number) => rgbAt(pixels, x, y).reduce((sum, c) => sum + c, 0);
  const background = brightness(0, 0);
  let drawn = 0;
  for (let y = 0; y < pixels.height; y++)
    for (let x = 0; x < pixels.width; x++) if (brightness(x, y) - background > 150) drawn++;
  return drawn / (pixels.width * pixels.height);
}

const pointWithPosture = (posture: string) => {
  const point = DATASET.points.find((p) => p.posture.stated === posture);
  if (point === undefined) throw new Error(`the dataset has no point worked ${posture}`);
  return point;
};

test.describe('the patient’s posture in the 3D view', () => {
  test('lays the figure face down for a point worked lying prone, and says so', async ({
    page,
  }) => {
    const prone = pointWithPosture('lying-face-down-on-bolster');
    await openAtlas(page, `?point=${prone.number}`);
    await waitForScene(page);
    await expect(stage(page)).toHaveAttribute('data-pose', 'standing');
    await expect(postureSwitch(page)).toHaveAttribute('aria-checked', 'false');
    const standing = await page.locator('.body-stage__canvas canvas').screenshot();

    await postureSwitch(page).click();
    await waitForPose(page, 'lying-face-down-on-bolster');
    await expect(postureSwitch(page)).toHaveAttribute('aria-checked', 'true');
    await expect(description(page)).toHaveAttribute(
      'aria-label',
      containing(POSE_WORDS['lying-face-down-on-bolster']),
    );
    await expect(page.getByTestId('posture-caption')).toHaveText(/our reading/, {
      useInnerText: true,
    });
    const lying = await page.locator('.body-stage__canvas canvas').screenshot();
    expect(await changedShare(page, standing, lying)).toBeGreaterThan(0.2);
    // The point's own markers came back with the skin, on the body in view.
    await expect
      .poll(() =>
        page.locator(`.marker[data-point="${prone.number}"][data-hidden="false"]`).count(),
      )
      .toBeGreaterThan(0);

    await postureSwitch(page).click();
    await waitForPose(page, 'standing');
    await expect(description(page)).toHaveAttribute('aria-label', containing(POSE_WORDS.standing));
  });

  test('keeps a point whose posture the source does not give standing, and says why', async ({
    page,
  }) => {
    const unstated = pointWithPosture('not-stated');
    await openAtlas(page, `?point=${unstated.number}`);
    await waitForScene(page);
    await postureSwitch(page).click();
    await expect(page.getByTestId('posture-caption')).toHaveText(/gives no posture/, {
      useInnerText: true,
    });
    await expect(stage(page)).toHaveAttribute('data-pose', 'standing');
  });

  test('shows the posture the list is filtered to', async ({ page }) => {
    await openAtlas(page);
    await waitForScene(page);
    await page.getByLabel('Posture').selectOption('on-all-fours');
    await waitForPose(page, 'on-all-fours');
    await expect(postureSwitch(page)).toHaveAttribute('aria-checked', 'true');
    await expect(description(page)).toHaveAttribute(
      'aria-label',
      containing(POSE_WORDS['on-all-fours']),
    );
  });

  test('steps through points in Present, each in its posture, never on a blank stage', async ({
    page,
  }) => {
    await openAtlas(page, '?mode=present&point=1');
    await page.getByTestId('presentation').waitFor();
    const steps = DATASET.points.slice(0, 5);
    for (const [i, point] of steps.entries()) {
      if (i > 0) {
        await page.keyboard.press('ArrowRight');
        // Read at once, mid-way: the figure is still drawn, the stage never goes blank between
        // postures.
        expect(await bodyShare(page)).toBeGreaterThan(0.05);
      }
      const pose = poseForPosture(point.posture.stated);
      await waitForPose(page, pose);
      await expect(page.locator('.caption .point-number')).toHaveText(String(point.number));
      await expect(description(page)).toHaveAttribute('aria-label', containing(POSE_WORDS[pose]));
    }
  });
});
