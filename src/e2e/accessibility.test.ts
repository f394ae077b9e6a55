import { openAtlas, watchForeignRequests } from './support/atlas-page';
import { axeViolations } from './support/axe';
import { NO_WEBGL_LAUNCH, TESTS_REDUCE_MOTION } from './support/browser';
import { expect, test } from './support/fixtures';
import { markerContrasts } from './support/marker-contrast';
import { waitForScene } from './support/scene-page';

test.describe('axe finds no WCAG 2.2 A/AA violation', () => {
  test('on the first screen, before the 3D view has loaded', async ({ page }) => {
    await openAtlas(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('in the 3D view with its markers placed', async ({ page }) => {
    await openAtlas(page);
    await waitForScene(page);
    await expect(page.locator('.marker[data-hidden="false"]')).not.toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('with a point selected and its details open', async ({ page }) => {
    await openAtlas(page, '?point=16');
    await waitForScene(page);
    await expect(page.getByTestId('point-details')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('filtered to self-massage, with the other markers dimmed', async ({ page }) => {
    await openAtlas(page, '?self=named&point=8');
    await waitForScene(page);
    await expect(page.locator('.marker[data-dimmed="true"]')).not.toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('with filters that match no point', async ({ page }) => {
    await openAtlas(page, '?self=named&symmetry=midline');
    await expect(page.getByText('No point matches these filters.')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('with the "When not to massage" dialog open', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'When not to massage' }).click();
    await expect(page.getByRole('dialog', { name: 'When not to massage' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('with a note about an ignored part of the link', async ({ page }) => {
    await openAtlas(page, '?point=99&colour=red');
    await expect(page.getByText(/was ignored/).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('when the browser has no WebGL and the 3D view says so', async ({ playwright, baseURL }) => {
    // A Chromium of its own: the configured one has WebGL, and launch options are per worker.
    const browser = await playwright.chromium.launch(NO_WEBGL_LAUNCH);
    try {
      const context = await browser.newContext({
        baseURL,
        viewport: { width: 1280, height: 800 },
        reducedMotion: TESTS_REDUCE_MOTION,
        serviceWorkers: 'block',
      });
      const foreign = watchForeignRequests(context, baseURL ?? '');
      const page = await openAtlas(await context.newPage(), '?point=3');
      await expect(page.getByTestId('scene-message')).toBeVisible({ timeout: 20_000 });
      expect(await axeViolations(page)).toEqual([]);
      expect(foreign, 'requests beyond the app’s own origin').toEqual([]);
    } finally {
      await browser.close();
    }
  });

  for (const mode of ['present', 'quiz', 'print', 'routine']) {
    test(`in the ${mode} mode`, async ({ page }) => {
      await openAtlas(page, `?mode=${mode}&point=8`);
      // Axe judges what is drawn: the body placed and the camera at rest, or the handout's pictures.
      if (mode === 'print')
        await page.waitForSelector('[data-testid="handout"][data-pictures="ready"]');
      else await waitForScene(page);
      await expect(page.locator(`.atlas[data-mode="${mode}"]`)).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

/** WCAG 2.2 target size (minimum), success criterion 2.5.8. */
const MIN_TARGET_PX = 24;

test.describe('marker labels on the body', () => {
  // Dimmed (filtered-out) markers are still buttons, so they need the contrast as much as the rest.
  for (const query of ['', '?self=named', '?point=10']) {
    test(`stand out from the body at 3:1 or more and are at least ${MIN_TARGET_PX} px (${query || 'front'})`, async ({
      page,
    }) => {
      await openAtlas(page, query);
      await waitForScene(page);
      const markers = await markerContrasts(page);
      expect(markers.length).toBeGreaterThan(0);
      const faint = markers
        .filter((m) => m.ratio < 3)
        .map((m) => `${m.marker}: ${m.ratio.toFixed(2)}`);
      expect(faint).toEqual([]);
      const small = markers
        .filter((m) => m.targetWidthPx < MIN_TARGET_PX || m.targetHeightPx < MIN_TARGET_PX)
        .map((m) => m.marker);
      expect(small).toEqual([]);
    });
  }
});
