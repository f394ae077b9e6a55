import { PLACEMENT_FORMAT } from '../scene/body/placement-asset';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltAtlas } from './support/built-atlas';
import { browserAvailable } from './support/browser';
import { listedPointNumbers, openAtlas } from './support/atlas-page';
import { markerCentre, skinPixelBounds, waitForScene } from './support/scene-page';
import { POINT_COUNT } from './support/expected';

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

const selectedPoint = (page: Page) =>
  page.getByTestId('point-details').locator('.eyebrow').textContent();

describe.skipIf(!browserAvailable())('sturdy under failure, in Chromium', () => {
  const atlas = useBuiltAtlas();

  beforeAll(async () => {
    // Every page of this file records what its Content-Security-Policy blocked.
    await atlas.browser.context.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        ),
      );
    });
  });

  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

  it('redraws the body when the WebGL context comes back, selection kept', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?point=23');
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
    expect(await selectedPoint(page)).toMatch(/^Point 23/);
    expect(new URL(page.url()).searchParams.get('point')).toBe('23');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('says so when the 3D code cannot be fetched, keeps the list, and loads it on "Try again"', async () => {
    const page = await atlas.browser.context.newPage();
    const stageCode = /\/assets\/BodyStage-[\w-]+\.js$/;
    await page.route(stageCode, (route) => route.abort('internetdisconnected'));
    await page.goto(new URL('?point=12', atlas.server.url).toString());
    const placeholder = page.getByTestId('scene-placeholder');
    await placeholder.and(page.locator('[data-state="failed"]')).waitFor({ timeout: 30_000 });
    expect(await placeholder.innerText()).toMatch(/3D view could not be loaded/);
    expect(await listedPointNumbers(page)).toHaveLength(POINT_COUNT);
    expect(await selectedPoint(page)).toMatch(/^Point 12/);
    await page.unroute(stageCode);
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForScene(page);
    expect(await selectedPoint(page)).toMatch(/^Point 12/);
    expect(await markerCentre(page, 12, 'left')).not.toBeNull();
    await page.close();
  });

  it('names the corrupt model file on screen while the list and details keep working', async () => {
    const page = await atlas.browser.context.newPage();
    await page.route('**/models/body.glb', (route) =>
      route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: 'not a glTF file' }),
    );
    await page.goto(new URL('?point=12', atlas.server.url).toString());
    const message = page.getByTestId('scene-message');
    await message.waitFor({ timeout: 30_000 });
    const text = await message.innerText();
    expect(text).toMatch(/could not be loaded/);
    expect(text).toContain('/models/body.glb');
    expect(await listedPointNumbers(page)).toHaveLength(POINT_COUNT);
    expect(await selectedPoint(page)).toMatch(/^Point 12/);
    await page.locator('[data-point="16"] button').click();
    expect(await page.getByTestId('cautions').isVisible()).toBe(true);
    await page.close();
  });

  it("places the points in the page when the build's placement file is damaged: same markers, a warning", async () => {
    const link = '?point=10';
    const sides = ['left', 'right'] as const;
    const fromFile = await openAtlas(atlas.browser.context, atlas.server.url, link);
    await waitForScene(fromFile);
    const expected = await Promise.all(sides.map((side) => markerCentre(fromFile, 10, side)));
    await fromFile.close();

    const page = await atlas.browser.context.newPage();
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
    await page.goto(new URL(link, atlas.server.url).toString());
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
    await page.close();
  });

  it('serves the required Content-Security-Policy and breaks none of it in any view', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url);
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
      await page.goto(new URL(`?mode=${mode}&point=8`, atlas.server.url).toString());
      await page.waitForSelector('html[data-atlas-live] .atlas');
      await whenDrawn();
      expect(await violations(page), `mode=${mode}`).toEqual([]);
    }
    await page.close();
  });

  it('made no request beyond its own origin', () => {
    expect(atlas.foreign).toEqual([]);
  });
});
