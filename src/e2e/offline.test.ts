import { describe, expect, it } from 'vitest';
import { useBuiltAtlas } from './support/built-atlas';
import { browserAvailable } from './support/browser';
import { listedPointNumbers, openAtlas } from './support/atlas-page';
import { waitForScene } from './support/scene-page';
import { MARKER_COUNT, POINT_COUNT, SELF_NAMED_NUMBERS } from './support/expected';

describe.skipIf(!browserAvailable())('offline, as an installed PWA', () => {
  const atlas = useBuiltAtlas({ serviceWorkers: true });

  it('precaches the model, fonts and app chunks with a local Workbox runtime', async () => {
    const sw = await (await fetch(new URL('sw.js', atlas.server.url))).text();
    expect(sw).toContain('"models/body.glb"');
    expect(sw).toMatch(/"assets\/[^"]+\.woff2"/);
    expect(sw).toMatch(/"assets\/BodyStage-[^"]+\.js"/);
    expect(sw).toContain('"index.html"');
    // Workbox's runtime is a file of our own, never fetched from a CDN.
    expect(sw).not.toMatch(/https?:\/\//);
    const manifest = await (await fetch(new URL('manifest.webmanifest', atlas.server.url))).json();
    expect(manifest.name).toBe('Acupressure point atlas');
  });

  it('loads once, then reloads offline with the notice, list, details, 3D body and every mode', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?point=8');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      // clientsClaim: the freshly installed worker takes over this page without a reload.
      if (navigator.serviceWorker.controller === null) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });
    await atlas.browser.context.setOffline(true);
    try {
      await page.reload();
      await page.waitForSelector('[data-testid="evidence-notice"]');
      expect(await listedPointNumbers(page)).toHaveLength(POINT_COUNT);
      expect(await page.getByTestId('point-details').locator('.eyebrow').textContent()).toMatch(
        /^Point 8/,
      );
      await waitForScene(page);
      expect(await page.locator('.marker').count()).toBe(MARKER_COUNT);
      await page.locator('[data-point="16"] button').click();
      expect(await page.getByTestId('cautions').isVisible()).toBe(true);
      await page.getByLabel('Named for self-massage').check();
      expect(await listedPointNumbers(page)).toEqual(SELF_NAMED_NUMBERS);

      // Every mode's code is precached too.
      await page.getByRole('button', { name: 'Start a routine' }).click();
      await page.locator('.routine-check').waitFor();
      await page.getByRole('button', { name: 'Leave' }).click();
      await page.getByRole('button', { name: /^Present/ }).click();
      await page.getByTestId('presentation').waitFor();
      expect(await page.locator('.caption .point-number').textContent()).toBe('16');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Quiz' }).click();
      await page.getByTestId('quiz').waitFor();
      await page.getByRole('button', { name: 'Handout' }).click();
      await page
        .locator('[data-testid="handout"][data-pictures="ready"]')
        .waitFor({ timeout: 30_000 });
      expect(await page.locator('.handout-card img').count()).toBe(6);
    } finally {
      await atlas.browser.context.setOffline(false);
      await page.close();
    }
  });

  it('made no request beyond its own origin', () => {
    expect(atlas.foreign).toEqual([]);
  });
});
