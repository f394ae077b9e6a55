import type { Page } from 'playwright-core';
import { listedPointNumbers, openAtlas } from './support/atlas-page';
import { SELF_NAMED_NUMBERS } from './support/expected';
import { expect, test } from './support/fixtures';
import { focusState, tabUntil } from './support/focus';
import { waitForScene, waitForStillCamera } from './support/scene-page';

const focusedName = async (page: Page) => (await focusState(page)).name;
const pointInLink = (page: Page) => new URL(page.url()).searchParams.get('point');

test.describe('the whole job with a keyboard only', () => {
  test('filters to self-massage, selects a point, turns and zooms the body, reads and leaves', async ({
    page,
  }) => {
    await openAtlas(page);
    await waitForScene(page);
    const markerPlaces = () =>
      page.$$eval('.marker', (markers) => markers.map((m) => (m as HTMLElement).style.transform));

    // Reach the filters; arrow keys move within the radio group, as in any native form.
    await tabUntil(page, /^input "All points"/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedName(page)).toMatch(/Named for self-massage/);
    await expect.poll(() => listedPointNumbers(page)).toEqual(SELF_NAMED_NUMBERS);

    // Select point 8 from the list.
    await tabUntil(page, /^button "8\D/);
    await page.keyboard.press('Enter');
    const details = page.getByTestId('point-details');
    await expect(details.locator('.eyebrow')).toHaveText(/^Point 8 /);
    const announcer = page.getByTestId('selection-announcer');
    await expect(announcer).toHaveAttribute('aria-live', 'polite');
    await expect(announcer).toHaveText(/^Point 8 selected: /);
    await expect(page.locator('.body-stage__canvas')).toHaveAttribute(
      'aria-label',
      /Showing point 8: /,
    );
    await waitForStillCamera(page);

    // Turn and zoom with the view buttons; at rest, the labels are where the camera left them.
    const framed = await markerPlaces();
    await tabUntil(page, /^button "Turn left"/);
    await page.keyboard.press('Enter');
    await waitForStillCamera(page);
    const turned = await markerPlaces();
    expect(turned).not.toEqual(framed);
    await tabUntil(page, /^button "Zoom in"/);
    await page.keyboard.press('Enter');
    await waitForStillCamera(page);
    expect(await markerPlaces()).not.toEqual(turned);

    // Into the details (the panel scrolls with the keyboard), then leave them.
    await tabUntil(page, /^section /);
    const panel = page.locator('.details');
    await expect
      .poll(
        () => panel.evaluate((element) => element.scrollHeight > element.clientHeight),
        'the details of point 8 are longer than their panel',
      )
      .toBe(true);
    await page.keyboard.press('End');
    // Keyboard scrolling is animated: wait until the panel has reached its end.
    await page.waitForFunction(() => {
      const details = document.querySelector('.details')!;
      return details.scrollTop + details.clientHeight >= details.scrollHeight - 1;
    });
    await tabUntil(page, /^button "Close the details"/);
    await page.keyboard.press('Enter');
    await expect(details).toHaveCount(0);
    await expect.poll(() => pointInLink(page)).toBeNull();
    await expect
      .poll(() => focusedName(page), 'focus returns to the point in the list')
      .toMatch(/^button "8\D/);
  });

  test('moves the camera at once when the system asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // #perf makes the page count the frames it draws.
    await page.goto('/#perf');
    await waitForScene(page);
    const framesDrawn = () =>
      page.evaluate(
        () => (window as unknown as { __atlasPerf: { frames: number } }).__atlasPerf.frames,
      );
    const marker = page.locator('.marker[data-point="23"]');
    const before = await marker.getAttribute('style');
    const framesBefore = await framesDrawn();
    await page.getByRole('button', { name: 'Turn left' }).focus();
    await page.keyboard.press('Enter');
    await waitForStillCamera(page);
    // Counted as soon as the camera is at rest, before anything else can draw.
    const framesAfter = await framesDrawn();
    await expect.poll(() => marker.getAttribute('style')).not.toBe(before);
    // A jump: the frame that moves the camera and the one that finds it at rest. A flight
    // eases over a third of a second, dozens of frames.
    expect(framesAfter - framesBefore).toBeLessThanOrEqual(3);
  });
});
