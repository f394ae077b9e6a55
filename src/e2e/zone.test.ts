import type { Page } from '@playwright/test';
import { openAtlas } from './support/atlas-page';
import { expect, test } from './support/fixtures';
import { decodePng, rgbAt } from './support/png-pixels';
import { waitForScene, waitForStillCamera } from './support/scene-page';

const SCREENSHOTS = 'test-results/screenshots';

/**
 * Pixels of the 3D picture (no HTML over it) tinted by the zone: the zone mixes a magenta into
 * the skin, which no skin tone, marker, guide mark or prop has (red and blue both well above
 * green).
 */
async function zonePixels(page: Page): Promise<number> {
  const canvas = page.locator('.body-stage__canvas canvas');
  const pixels = await decodePng(page, await canvas.screenshot());
  let count = 0;
  for (let y = 0; y < pixels.height; y++)
    for (let x = 0; x < pixels.width; x++) {
      const [red, green, blue] = rgbAt(pixels, x, y);
      if (red - green > 40 && blue - green > 25) count++;
    }
  return count;
}

test.describe('where a point may lie', () => {
  test('point 8: its zone is painted on the skin, named in the key and sized in words', async ({
    page,
  }) => {
    await openAtlas(page);
    await waitForScene(page);
    expect(await zonePixels(page), 'no zone before a point is chosen').toBe(0);

    await page.locator('[data-testid="point-list"] > li[data-point="8"] button').click();
    await waitForStillCamera(page);
    await expect(page.locator('[data-legend="zone"]')).toHaveText(/Zone: where the point may lie/);
    await expect(page.locator('[data-legend="zone"]')).toBeInViewport();
    await expect(page.getByTestId('zone-size')).toContainText(/about \d+(\.5)? cm across/);
    await expect.poll(() => zonePixels(page)).toBeGreaterThan(50);
    await page.screenshot({ path: `${SCREENSHOTS}/zone-point-8.png` });

    // Closing the point's details takes its zone away: none is left behind on the skin.
    await page.getByRole('button', { name: 'Close the details' }).click();
    await page.getByRole('button', { name: 'Reset the view' }).click();
    await waitForStillCamera(page);
    await expect.poll(() => zonePixels(page)).toBe(0);
  });
});
