import type { Page } from '@playwright/test';
import { openAtlas } from './support/atlas-page';
import { expect, test } from './support/fixtures';
import { decodePng, rgbAt } from './support/png-pixels';
import { waitForScene, waitForStillCamera } from './support/scene-page';

const SCREENSHOTS = 'test-results/screenshots';
/** The ring's dark band: no skin tone, shadow or marker colour of the view is this dark. */
const RING_DARK = 45;
/** Around the ring's name, where the ring itself is drawn. */
const NEAR_NAME_PX = 60;

/** Near-black pixels of the 3D picture within reach of `area`, everything HTML masked. */
async function darkPixelsNear(
  page: Page,
  area: { x: number; y: number; width: number; height: number },
): Promise<number> {
  const canvas = page.locator('.body-stage__canvas canvas');
  const origin = (await canvas.boundingBox())!;
  const masks = page.locator('.stage-notes, .view-toolbar__group, .marker, .landmark-name');
  const pixels = await decodePng(page, await canvas.screenshot({ mask: [masks] }));
  let dark = 0;
  const x0 = Math.max(0, Math.floor(area.x - origin.x - NEAR_NAME_PX));
  const y0 = Math.max(0, Math.floor(area.y - origin.y - NEAR_NAME_PX));
  const x1 = Math.min(pixels.width, area.x - origin.x + area.width + NEAR_NAME_PX);
  const y1 = Math.min(pixels.height, area.y - origin.y + area.height + NEAR_NAME_PX);
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const [red, green, blue] = rgbAt(pixels, x, y);
      if (Math.max(red, green, blue) < RING_DARK) dark++;
    }
  return dark;
}

const shownStandardName = (page: Page) =>
  page.locator('[data-testid="standard-name"][data-hidden="false"]');

test.describe('the standard point beside the article’s reading', () => {
  test('point 8: the switch rings BL60 on the body and names it inside the view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openAtlas(page, '?point=8');
    await waitForScene(page);
    await waitForStillCamera(page);
    await expect(page.getByTestId('standard-name')).toHaveCount(0);
    const comparison = page.getByTestId('standard-comparison');
    await expect(comparison).toContainText('BL60, high confidence');

    const compare = page.getByRole('button', { name: 'Compare with the standard point' });
    await expect(compare).toHaveAttribute('aria-pressed', 'false');
    await compare.click();
    await expect(compare).toHaveAttribute('aria-pressed', 'true');
    await waitForStillCamera(page);
    await expect(shownStandardName(page)).toHaveText(['BL60']);
    await expect(page.locator('[data-legend="standard"]')).toHaveText(/the standard point/);
    const name = (await shownStandardName(page).boundingBox())!;
    const view = (await page.locator('.body-stage__canvas').boundingBox())!;
    expect(name.x).toBeGreaterThanOrEqual(view.x);
    expect(name.y).toBeGreaterThanOrEqual(view.y);
    expect(name.x + name.width).toBeLessThanOrEqual(view.x + view.width);
    expect(name.y + name.height).toBeLessThanOrEqual(view.y + view.height);
    const ringed = await darkPixelsNear(page, name);
    await page.screenshot({ path: `${SCREENSHOTS}/standard-point-8.png` });

    await compare.click();
    await expect(compare).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('standard-name')).toHaveCount(0);
    await expect.poll(() => darkPixelsNear(page, name)).toBeLessThan(ringed / 4);
    expect(ringed, 'the ring draws a dark band on the skin').toBeGreaterThan(40);
  });

  test('in Present, the caption compares point 7 with SP6 in centimetres and cun', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openAtlas(page, '?mode=present&point=7');
    await waitForScene(page);
    const comparison = page.getByTestId('standard-comparison');
    await expect(comparison).toContainText(/SP6, low confidence.* \d+\.\d cm \(\d+\.\d cun\)/);
    await page.getByRole('button', { name: 'Compare with the standard point' }).click();
    await waitForStillCamera(page);
    await expect(shownStandardName(page)).toContainText(['SP6']);
    await page.screenshot({ path: `${SCREENSHOTS}/standard-point-present-7.png` });
  });
});
