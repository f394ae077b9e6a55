import { listedPointNumbers, openAtlas } from './support/atlas-page';
import { expect, test } from './support/fixtures';
import { MARKER_COUNT, POINT_COUNT, SELF_NAMED_NUMBERS } from './support/expected';
import { waitForScene } from './support/scene-page';

test.describe('offline, as an installed PWA', () => {
  // The tests are about the service worker, which every other test keeps out.
  test.use({ serviceWorkers: 'allow' });

  test('precaches the model, fonts and app chunks with a local Workbox runtime', async ({
    request,
  }) => {
    const sw = await (await request.get('sw.js')).text();
    expect(sw).toContain('"models/body.glb"');
    expect(sw).toMatch(/"assets\/[^"]+\.woff2"/);
    expect(sw).toMatch(/"assets\/BodyStage-[^"]+\.js"/);
    expect(sw).toContain('"index.html"');
    // Workbox's runtime is a file of our own, never fetched from a CDN.
    expect(sw).not.toMatch(/https?:\/\//);
    const manifest = (await (await request.get('manifest.webmanifest')).json()) as {
      name: string;
    };
    expect(manifest.name).toBe('Acupressure point atlas');
  });

  test('loads once, then reloads offline with the notice, list, details, 3D body and every mode', async ({
    page,
    context,
  }) => {
    await openAtlas(page, '?point=8');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      // clientsClaim: the freshly installed worker takes over this page without a reload.
      if (navigator.serviceWorker.controller === null) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('evidence-notice')).toBeVisible();
    await expect.poll(() => listedPointNumbers(page)).toHaveLength(POINT_COUNT);
    await expect(page.getByTestId('point-details').locator('.eyebrow')).toHaveText(/^Point 8/);
    await waitForScene(page);
    await expect(page.locator('.marker')).toHaveCount(MARKER_COUNT);
    await page.locator('[data-point="16"] button').click();
    await expect(page.getByTestId('cautions')).toBeVisible();
    await page.getByLabel('Named for self-massage').check();
    await expect.poll(() => listedPointNumbers(page)).toEqual(SELF_NAMED_NUMBERS);

    // Every mode's code is precached too.
    await page.getByRole('button', { name: 'Start a routine' }).click();
    await expect(page.locator('.routine-check')).toBeVisible();
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('button', { name: /^Present/ }).click();
    await expect(page.getByTestId('presentation')).toBeVisible();
    await expect(page.locator('.caption .point-number')).toHaveText('16');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Quiz' }).click();
    await expect(page.getByTestId('quiz')).toBeVisible();
    await page.getByRole('button', { name: 'Handout' }).click();
    await expect(page.locator('[data-testid="handout"][data-pictures="ready"]')).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.locator('.handout-card img')).toHaveCount(6);
  });
});
