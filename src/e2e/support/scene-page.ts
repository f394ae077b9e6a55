import type { Page } from 'playwright-core';
import { decodePng, rgbAt } from './png-pixels';

/**
 * Waits until the body is loaded, every marker placed, the skin indexed for line of sight (so
 * markers behind the body are hidden) and the camera at rest.
 */
export async function waitForScene(page: Page): Promise<void> {
  await page.waitForSelector(
    '[data-testid="body-stage"][data-status="ready"][data-skin-index="ready"]',
    { timeout: 45_000 },
  );
  await waitForStillCamera(page);
}

/** Centre of a marker label on the page, or null while the body hides it. */
export async function markerCentre(page: Page, point: number, side: string) {
  const marker = page.locator(`.marker[data-point="${point}"][data-side="${side}"]`);
  if ((await marker.getAttribute('data-hidden')) !== 'false') return null;
  const box = await marker.boundingBox();
  return box === null ? null : { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * The camera is at rest: the 3D view marks its canvas `data-camera="still"` once its controls
 * have stopped and it has framed the point the user chose (src/scene/camera/camera-status.ts).
 * A move asked for by a click reads as moving from that click on, so this never sees the calm
 * before a flight. The labels are placed on the frame the camera stopped in.
 */
export async function waitForStillCamera(page: Page, timeoutMs = 20_000): Promise<void> {
  await page.waitForSelector('.body-stage__canvas canvas[data-camera="still"]', {
    state: 'attached',
    timeout: timeoutMs,
  });
}

/**
 * Where the warm (skin-coloured) pixels are in a screenshot of the 3D area: the background is a
 * cool grey, the skin warm, so red minus blue separates them.
 */
export async function skinPixelBounds(page: Page) {
  const stage = page.getByTestId('body-stage');
  // Legend, posture switch, buttons, marker labels, and a phone's sheet and class bar lying over
  // the view, are painted over (flat magenta) so only the 3D picture counts.
  const overlays = page.locator(
    '.stage-notes, .view-toolbar__group, .marker, [data-testid="bottom-sheet"], .student-bar',
  );
  const pixels = await decodePng(page, await stage.screenshot({ mask: [overlays] }));
  const { width, height } = pixels;
  let count = 0;
  let left = width;
  let right = 0;
  let top = height;
  let bottom = 0;
  let covered = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [red, green, blue] = rgbAt(pixels, x, y);
      // Playwright paints masked overlays flat magenta: not part of the picture at all.
      if (red > 250 && green < 5 && blue > 250) {
        covered++;
        continue;
      }
      // Skin is warm but pale; the copper markers are far more saturated and are left out.
      const warmth = red - blue;
      const warm = warmth > 18 && warmth < 90 && red > 150;
      if (!warm) continue;
      count++;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return { count, left, right, top, bottom, width, height, visible: width * height - covered };
}
