import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { markerContrasts } from './support/marker-contrast';
import { useBuiltAtlas } from './support/built-atlas';
import { browserAvailable, launchBrowser } from './support/browser';
import { openAtlas } from './support/atlas-page';
import { waitForScene } from './support/scene-page';

describe.skipIf(!browserAvailable())('axe finds no WCAG 2.2 A/AA violation', () => {
  const atlas = useBuiltAtlas();

  it('on the first screen, before the 3D view has loaded', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('in the 3D view with its markers placed', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url);
    await waitForScene(page);
    expect(await page.locator('.marker[data-hidden="false"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('with a point selected and its details open', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?point=16');
    await waitForScene(page);
    expect(await page.getByTestId('point-details').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('filtered to self-massage, with the other markers dimmed', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?self=named&point=8');
    await waitForScene(page);
    expect(await page.locator('.marker[data-dimmed="true"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('with filters that match no point', async () => {
    const page = await openAtlas(
      atlas.browser.context,
      atlas.server.url,
      '?self=named&symmetry=midline',
    );
    expect(await page.getByText('No point matches these filters.').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('with the "When not to massage" dialog open', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url);
    await page.getByRole('button', { name: 'When not to massage' }).click();
    expect(await page.getByRole('dialog', { name: 'When not to massage' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('with a note about an ignored part of the link', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?point=99&colour=red');
    expect(
      await page
        .getByText(/was ignored/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('when the browser has no WebGL and the 3D view says so', async () => {
    const noWebgl = await launchBrowser({ webgl: false });
    try {
      const page = await openAtlas(noWebgl.context, atlas.server.url, '?point=3');
      await page.getByTestId('scene-message').waitFor({ timeout: 20_000 });
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await noWebgl.close();
    }
  });

  for (const mode of ['present', 'quiz', 'print', 'routine']) {
    it(`in the ${mode} mode`, async () => {
      const page = await openAtlas(
        atlas.browser.context,
        atlas.server.url,
        `?mode=${mode}&point=8`,
      );
      // Axe judges what is drawn: the body placed and the camera at rest, or the handout's pictures.
      if (mode === 'print')
        await page.waitForSelector('[data-testid="handout"][data-pictures="ready"]');
      else await waitForScene(page);
      expect(await page.locator(`.atlas[data-mode="${mode}"]`).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

/** WCAG 2.2 target size (minimum), success criterion 2.5.8. */
const MIN_TARGET_PX = 24;

describe.skipIf(!browserAvailable())('marker labels on the body', () => {
  const atlas = useBuiltAtlas();

  // Dimmed (filtered-out) markers are still buttons, so they need the contrast as much as the rest.
  for (const query of ['', '?self=named', '?point=10']) {
    it(`stand out from the body at 3:1 or more and are at least ${MIN_TARGET_PX} px (${query || 'front'})`, async () => {
      const page = await openAtlas(atlas.browser.context, atlas.server.url, query);
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
      await page.close();
    });
  }
});
