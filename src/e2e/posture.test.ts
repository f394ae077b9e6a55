import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DATASET } from '../data/full-dataset';
import { poseForPosture } from '../data/point-pose';
import { POSE_WORDS } from '../data/pose-words';
import { useBuiltAtlas } from './support/built-atlas';
import { browserAvailable } from './support/browser';
import { openAtlas } from './support/atlas-page';
import { waitForScene, waitForStillCamera } from './support/scene-page';
import { decodePng, rgbAt } from './support/png-pixels';

const stage = (page: Page) => page.getByTestId('body-stage');
const description = (page: Page) => page.locator('.body-stage__canvas').getAttribute('aria-label');
const postureSwitch = (page: Page) => page.getByRole('switch', { name: 'Show the posture' });

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

describe.skipIf(!browserAvailable())('the patient’s posture in the 3D view', () => {
  const atlas = useBuiltAtlas();

  it('lays the figure face down for a point worked lying prone, and says so', async () => {
    const prone = pointWithPosture('lying-face-down-on-bolster');
    const page = await openAtlas(atlas.browser.context, atlas.server.url, `?point=${prone.number}`);
    await waitForScene(page);
    expect(await stage(page).getAttribute('data-pose')).toBe('standing');
    expect(await postureSwitch(page).getAttribute('aria-checked')).toBe('false');
    const standing = await page.locator('.body-stage__canvas canvas').screenshot();

    await postureSwitch(page).click();
    await waitForPose(page, 'lying-face-down-on-bolster');
    expect(await postureSwitch(page).getAttribute('aria-checked')).toBe('true');
    expect(await description(page)).toContain(POSE_WORDS['lying-face-down-on-bolster']);
    expect(await page.getByTestId('posture-caption').innerText()).toMatch(/our reading/);
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
    expect(await description(page)).toContain(POSE_WORDS.standing);
    await page.close();
  });

  it('keeps a point whose posture the source does not give standing, and says why', async () => {
    const unstated = pointWithPosture('not-stated');
    const page = await openAtlas(
      atlas.browser.context,
      atlas.server.url,
      `?point=${unstated.number}`,
    );
    await waitForScene(page);
    await postureSwitch(page).click();
    expect(await page.getByTestId('posture-caption').innerText()).toMatch(/gives no posture/);
    expect(await stage(page).getAttribute('data-pose')).toBe('standing');
    await page.close();
  });

  it('shows the posture the list is filtered to', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url);
    await waitForScene(page);
    await page.getByLabel('Posture').selectOption('on-all-fours');
    await waitForPose(page, 'on-all-fours');
    expect(await postureSwitch(page).getAttribute('aria-checked')).toBe('true');
    expect(await description(page)).toContain(POSE_WORDS['on-all-fours']);
    await page.close();
  });

  it('steps through points in Present, each in its posture, never on a blank stage', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?mode=present&point=1');
    await page.getByTestId('presentation').waitFor();
    const steps = DATASET.points.slice(0, 5);
    for (const [i, point] of steps.entries()) {
      if (i > 0) {
        await page.keyboard.press('ArrowRight');
        // Mid-way the figure is still drawn: the stage never goes blank between postures.
        expect(await bodyShare(page)).toBeGreaterThan(0.05);
      }
      const pose = poseForPosture(point.posture.stated);
      await waitForPose(page, pose);
      expect(await page.locator('.caption .point-number').textContent()).toBe(String(point.number));
      expect(await description(page)).toContain(POSE_WORDS[pose]);
    }
    await page.close();
  });
});
