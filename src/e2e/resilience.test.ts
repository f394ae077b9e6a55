import type { Page } from '@playwright/test';
import { PLACEMENT_FORMAT } from '../scene/body/placement-asset';
import { listedPointNumbers, openAtlas } from './support/atlas-page';
import { POINT_COUNT } from './support/expected';
import { expect, test } from './support/fixtures';
import { markerCentre, skinPixelBounds, waitForScene } from './support/scene-page';

const REQUIRED_POLICY = [
  "default-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The line over the chosen point's details that names it. */
const selectedPoint = (page: Page) => page.getByTestId('point-details').locator('.eyebrow');

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

test.describe('sturdy under failure', () => {
  test.beforeEach(async ({ context }) => {
    // Every page of this file records what its Content-Security-Policy blocked.
    await context.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        ),
      );
    });
  });

  test('redraws the body when the WebGL context comes back, selection kept', async ({ page }) => {
    await openAtlas(page, '?point=23');
    await waitForScene(page);
    expect((await skinPixelBounds(page)).count).toBeGreaterThan(0);
    const lost = await page.evaluate(() => {
      const canvas = document.querySelector('.body-stage__canvas canvas') as HTMLCanvasElement;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      const extension = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __restoreGl: () => void }).__restoreGl = () =>
        extension.restoreContext();
      extension.loseContext();
      return gl.isContextLost();
    });
    expect(lost).toBe(true);
    await expect
      .poll(async () => (await skinPixelBounds(page)).count, {
        message: 'blank while the context is lost',
        timeout: 10_000,
      })
      .toBe(0);
    await page.evaluate(() => (window as unknown as { __restoreGl: () => void }).__restoreGl());
    // Nothing but the app's own redraw-on-restore asks for a frame here (frameloop "demand"):
    // without it the canvas stays blank however long this waits.
    await expect
      .poll(
        async () => {
          const skin = await skinPixelBounds(page);
          return skin.count / (skin.width * skin.height);
        },
        { message: 'the body is drawn again', timeout: 10_000 },
      )
      .toBeGreaterThan(0.03);
    await expect(selectedPoint(page)).toHaveText(/^Point 23/);
    await expect.poll(() => new URL(page.url()).searchParams.get('point')).toBe('23');
    expect(await violations(page)).toEqual([]);
  });

  test('says so when the 3D code cannot be fetched, keeps the list, and loads it on "Try again"', async ({
    page,
  }) => {
    const stageCode = /\/assets\/BodyStage-[\w-]+\.js$/;
    await page.route(stageCode, (route) => route.abort('internetdisconnected'));
    await page.goto('?point=12');
    const placeholder = page.getByTestId('scene-placeholder');
    await expect(placeholder.and(page.locator('[data-state="failed"]'))).toBeVisible({
      timeout: 30_000,
    });
    await expect(placeholder).toContainText(/3D view could not be loaded/, { useInnerText: true });
    await expect.poll(() => listedPointNumbers(page)).toHaveLength(POINT_COUNT);
    await expect(selectedPoint(page)).toHaveText(/^Point 12/);
    await page.unroute(stageCode);
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForScene(page);
    await expect(selectedPoint(page)).toHaveText(/^Point 12/);
    // A pair: whichever side the view shows, its marker is on screen.
    const sides = await Promise.all(['left', 'right'].map((side) => markerCentre(page, 12, side)));
    expect(sides.some((centre) => centre !== null)).toBe(true);
  });

  test('names the corrupt model file on screen while the list and details keep working', async ({
    page,
  }) => {
    await page.route('**/models/body.glb', (route) =>
      route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: 'not a glTF file' }),
    );
    await page.goto('?point=12');
    const message = page.getByTestId('scene-message');
    await expect(message).toBeVisible({ timeout: 30_000 });
    await expect(message).toContainText(/could not be loaded/, { useInnerText: true });
    await expect(message).toContainText('/models/body.glb', { useInnerText: true });
    await expect.poll(() => listedPointNumbers(page)).toHaveLength(POINT_COUNT);
    await expect(selectedPoint(page)).toHaveText(/^Point 12/);
    await page.locator('[data-point="16"] button').click();
    await expect(page.getByTestId('cautions')).toBeVisible();
  });

  test("places the points in the page when the build's placement file is damaged: same markers, a warning", async ({
    context,
    page,
  }) => {
    const link = '?point=10';
    const sides = ['left', 'right'] as const;
    const fromFile = await openAtlas(await context.newPage(), link);
    await waitForScene(fromFile);
    const expected = await Promise.all(sides.map((side) => markerCentre(fromFile, 10, side)));
    // Closed before the damaged page loads: two live 3D views would share one software renderer.
    await fromFile.close();

    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.route('**/assets/body-placement-*.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ format: PLACEMENT_FORMAT, markers: [{}] }),
      }),
    );
    await openAtlas(page, link);
    await waitForScene(page);
    expect(warnings.join('\n')).toMatch(
      /placement file is not usable: at markers\.0\.\w+; placing the points in the page/,
    );
    for (const [i, side] of sides.entries()) {
      const centre = await markerCentre(page, 10, side);
      expect(centre, `point 10 ${side}`).not.toBeNull();
      expect(Math.hypot(centre!.x - expected[i]!.x, centre!.y - expected[i]!.y)).toBeLessThan(1);
    }
    expect(await violations(page)).toEqual([]);
  });

  test('serves the required Content-Security-Policy and breaks none of it in any view', async ({
    page,
  }) => {
    await openAtlas(page);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    const directives = (policy ?? '').split(';').map((d) => d.trim());
    for (const required of REQUIRED_POLICY) expect(directives).toContain(required);
    // Scripts: the app's own files, WebAssembly, and inline scripts only by their exact hash.
    const scriptSources = directives.find((d) => d.startsWith('script-src '))?.split(/\s+/);
    expect(scriptSources?.slice(0, 3)).toEqual(['script-src', "'self'", "'wasm-unsafe-eval'"]);
    for (const source of scriptSources?.slice(3) ?? []) {
      expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    }
    await waitForScene(page);
    await page.locator('[data-testid="point-list"] [data-point="10"] button').click();
    await page.getByRole('button', { name: 'Back view' }).click();
    await page.getByLabel('Named for self-massage').check();
    await page.getByRole('button', { name: 'When not to massage' }).click();
    await page.keyboard.press('Escape');
    expect(await violations(page)).toEqual([]);
    // The teaching modes, by link: each must render under the same policy.
    const drawn = {
      present: () => waitForScene(page),
      quiz: () => waitForScene(page),
      print: () => page.waitForSelector('[data-testid="handout"][data-pictures="ready"]'),
    };
    for (const [mode, whenDrawn] of Object.entries(drawn)) {
      await openAtlas(page, `?mode=${mode}&point=8`);
      await whenDrawn();
      expect(await violations(page), `mode=${mode}`).toEqual([]);
    }
  });
});
