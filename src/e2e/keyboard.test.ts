import { describe, expect, it } from 'vitest';
import { useBuiltAtlas } from './support/built-atlas';
import { browserAvailable } from './support/browser';
import { focusState, tabUntil } from './support/focus';
import { listedPointNumbers, openAtlas } from './support/atlas-page';
import { waitForScene, waitForStillCamera } from './support/scene-page';
import { SELF_NAMED_NUMBERS } from './support/expected';

describe.skipIf(!browserAvailable())('the whole job with a keyboard only', () => {
  const atlas = useBuiltAtlas();

  it('filters to self-massage, selects a point, turns and zooms the body, reads and leaves', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url);
    await waitForScene(page);
    const markerPlaces = () =>
      page.$$eval('.marker', (markers) => markers.map((m) => (m as HTMLElement).style.transform));

    // Reach the filters; arrow keys move within the radio group, as in any native form.
    await tabUntil(page, /^input "All points"/);
    await page.keyboard.press('ArrowRight');
    expect((await focusState(page)).name).toMatch(/Named for self-massage/);
    expect(await listedPointNumbers(page)).toEqual(SELF_NAMED_NUMBERS);

    // Select point 8 from the list.
    await tabUntil(page, /^button "8\D/);
    await page.keyboard.press('Enter');
    const details = page.getByTestId('point-details');
    expect(await details.locator('.eyebrow').textContent()).toMatch(/^Point 8 /);
    const announcer = page.getByTestId('selection-announcer');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    expect(await announcer.textContent()).toMatch(/^Point 8 selected: /);
    expect(await page.locator('.body-stage__canvas').getAttribute('aria-label')).toMatch(
      /Showing point 8: /,
    );
    await waitForStillCamera(page);

    // Turn and zoom with the view buttons.
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
    expect(
      await panel.evaluate((element) => element.scrollHeight > element.clientHeight),
      'the details of point 8 are longer than their panel',
    ).toBe(true);
    await page.keyboard.press('End');
    // Keyboard scrolling is animated: wait until the panel has reached its end.
    await page.waitForFunction(() => {
      const details = document.querySelector('.details')!;
      return details.scrollTop + details.clientHeight >= details.scrollHeight - 1;
    });
    await tabUntil(page, /^button "Close the details"/);
    await page.keyboard.press('Enter');
    expect(await details.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('point')).toBeNull();
    expect((await focusState(page)).name, 'focus returns to the point in the list').toMatch(
      /^button "8\D/,
    );
    await page.close();
  });

  it('moves the camera at once when the system asks for reduced motion', async () => {
    const page = await atlas.browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // #perf makes the page count the frames it draws.
    await page.goto(`${atlas.server.url}#perf`);
    await waitForScene(page);
    const framesDrawn = () =>
      page.evaluate(
        () => (window as unknown as { __atlasPerf: { frames: number } }).__atlasPerf.frames,
      );
    const before = await page.locator('.marker[data-point="23"]').getAttribute('style');
    const framesBefore = await framesDrawn();
    await page.getByRole('button', { name: 'Turn left' }).focus();
    await page.keyboard.press('Enter');
    await waitForStillCamera(page);
    expect(await page.locator('.marker[data-point="23"]').getAttribute('style')).not.toBe(before);
    // A jump: the frame that moves the camera and the one that finds it at rest. A flight
    // eases over a third of a second, dozens of frames.
    expect((await framesDrawn()) - framesBefore).toBeLessThanOrEqual(3);
    await page.close();
  });
});
