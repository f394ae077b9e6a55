import type { Page } from '@playwright/test';
import { openAtlas } from './support/atlas-page';
import { expect, test } from './support/fixtures';
import { decodePng, rgbAt } from './support/png-pixels';
import { waitForScene, waitForStillCamera } from './support/scene-page';

const SCREENSHOTS = 'test-results/screenshots';
/** How far from a name's inner edge its dot (or the guide line leaving it) must show. */
const BESIDE_PX = 40;

interface ShownName {
  text: string;
  side: string;
  box: { x: number; y: number; width: number; height: number };
}

async function shownNames(page: Page): Promise<ShownName[]> {
  const names = page.locator('[data-testid="landmark-name"][data-hidden="false"]');
  const shown: ShownName[] = [];
  for (const name of await names.all()) {
    const box = await name.boundingBox();
    if (box === null) continue;
    shown.push({
      text: (await name.textContent()) ?? '',
      side: (await name.getAttribute('data-side')) ?? '',
      box,
    });
  }
  return shown;
}

/**
 * Whether the guide's blue shows in the 3D picture just inside a name's edge that faces its dot.
 * Everything HTML over the view is masked, so the name's own blue letters cannot count.
 */
async function guideBlueBeside(page: Page, name: ShownName): Promise<boolean> {
  const canvas = page.locator('.body-stage__canvas canvas');
  const origin = (await canvas.boundingBox())!;
  const masks = page.locator('.stage-notes, .view-toolbar__group, .marker, .landmark-name');
  const pixels = await decodePng(page, await canvas.screenshot({ mask: [masks] }));
  const left = name.box.x - origin.x;
  const right = left + name.box.width;
  const top = name.box.y - origin.y;
  const bottom = top + name.box.height;
  const area =
    name.side === 'right'
      ? { x0: left - BESIDE_PX, x1: left, y0: top - 10, y1: bottom + 10 }
      : name.side === 'left'
        ? { x0: right, x1: right + BESIDE_PX, y0: top - 10, y1: bottom + 10 }
        : name.side === 'below'
          ? { x0: left, x1: right, y0: top - BESIDE_PX, y1: top }
          : { x0: left, x1: right, y0: bottom, y1: bottom + BESIDE_PX };
  for (let y = Math.max(0, Math.floor(area.y0)); y < Math.min(pixels.height, area.y1); y++)
    for (let x = Math.max(0, Math.floor(area.x0)); x < Math.min(pixels.width, area.x1); x++) {
      const [red, green, blue] = rgbAt(pixels, x, y);
      if (blue > 150 && blue - red > 80 && blue - green > 40) return true;
    }
  return false;
}

const overlaps = (a: ShownName['box'], b: ShownName['box']) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

test.describe('landmarks named where they are drawn', () => {
  test('point 8: the tendon and the ankle bone are named beside their dots, clear of the pin', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openAtlas(page);
    await waitForScene(page);
    await expect(page.getByTestId('landmark-name')).toHaveCount(0);

    await page.locator('[data-testid="point-list"] > li[data-point="8"] button').click();
    await waitForStillCamera(page);
    await expect
      .poll(async () => (await shownNames(page)).map((name) => name.text).sort())
      .toEqual(expect.arrayContaining(['Achilles tendon', 'outer ankle bone']));
    await page.screenshot({ path: `${SCREENSHOTS}/landmark-names-point-8.png` });

    const pins = page.locator('.marker[data-selected="true"][data-hidden="false"]');
    const pinBoxes = await Promise.all(
      (await pins.all()).map(async (pin) => (await pin.boundingBox())!),
    );
    expect(pinBoxes.length).toBeGreaterThan(0);
    const names = await shownNames(page);
    for (const name of names) {
      for (const pinBox of pinBoxes)
        expect(overlaps(name.box, pinBox), `${name.text} over a pin`).toBe(false);
      expect(await guideBlueBeside(page, name), `${name.text} beside its dot`).toBe(true);
    }
    for (const [i, a] of names.entries())
      for (const b of names.slice(i + 1))
        expect(overlaps(a.box, b.box), `${a.text} over ${b.text}`).toBe(false);
  });

  test('point 10 names the vertebrae it counts from; another point takes its names away', async ({
    page,
  }) => {
    await openAtlas(page, '?point=10');
    await waitForScene(page);
    await expect
      .poll(async () => (await shownNames(page)).map((name) => name.text))
      .toContain('between T4 and T5');
    await page.screenshot({ path: `${SCREENSHOTS}/landmark-names-point-10.png` });

    await page.locator('[data-testid="point-list"] > li[data-point="3"] button').click();
    await waitForStillCamera(page);
    await expect
      .poll(async () => (await shownNames(page)).map((name) => name.text))
      .toContain('hollow of the sole');
    expect((await shownNames(page)).map((name) => name.text)).not.toContain('between T4 and T5');
  });
});

test.describe('the bones under the skin', () => {
  test('point 10: "Show the bones" changes the picture and names C7, T4 and T5; hiding them restores it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openAtlas(page, '?point=10');
    await waitForScene(page);
    const canvas = page.locator('.body-stage__canvas canvas');
    const masks = [page.locator('.stage-notes, .view-toolbar__group, .marker, .landmark-name')];
    const before = await canvas.screenshot({ mask: masks });
    const boneRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('bones')) boneRequests.push(request.url());
    });

    const bonesSwitch = page.getByRole('button', { name: 'Show the bones' });
    await expect(bonesSwitch).toHaveAttribute('aria-pressed', 'false');
    await bonesSwitch.click();
    await expect(bonesSwitch).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(async () =>
        page
          .locator('[data-testid="bone-name"][data-hidden="false"]')
          .evaluateAll((names) => names.map((name) => name.textContent).sort()),
      )
      .toEqual(['C7', 'T4', 'T5']);
    expect(
      boneRequests.some((url) => url.endsWith('.glb')),
      'the bones load when asked',
    ).toBe(true);
    const withBones = await canvas.screenshot({ mask: masks });
    expect(await changedShare(page, before, withBones)).toBeGreaterThan(0.02);
    await page.screenshot({ path: `${SCREENSHOTS}/bones-point-10.png` });

    await bonesSwitch.click();
    await expect(bonesSwitch).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('bone-name')).toHaveCount(0);
    await expect
      .poll(async () => changedShare(page, before, await canvas.screenshot({ mask: masks })))
      .toBeLessThan(0.002);
  });
});

test('bones that cannot be loaded switch themselves off and say so; the body stays', async ({
  page,
}) => {
  await page.route('**/models/bones.glb', (route) => route.fulfill({ status: 404, body: '' }));
  await openAtlas(page, '?point=17');
  await waitForScene(page);
  const bonesSwitch = page.getByRole('button', { name: 'Show the bones' });
  await bonesSwitch.click();
  await expect(page.getByText('The bones could not be loaded on this page.')).toBeVisible();
  await expect(bonesSwitch).toBeDisabled();
  await expect(bonesSwitch).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('body-stage')).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('.body-stage__canvas canvas')).toBeVisible();
  await expect(page.locator('[data-testid="landmark-name"][data-hidden="false"]')).toHaveText([
    'navicular bump',
  ]);
});

/** The share of pixels that differ clearly between two screenshots of the same size. */
async function changedShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const [first, second] = [await decodePng(page, a), await decodePng(page, b)];
  let changed = 0;
  for (let y = 0; y < first.height; y++)
    for (let x = 0; x < first.width; x++) {
      const p = rgbAt(first, x, y);
      const q = rgbAt(second, x, y);
      if (Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]) > 30) changed++;
    }
  return changed / (first.width * first.height);
}
