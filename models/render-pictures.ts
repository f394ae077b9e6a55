/**
 * Render review pictures of the generated body in headless Chromium (software WebGL).
 *   npx tsx models/render-pictures.ts [--out DIR] [picture …]
 * A picture is a view of the body at rest (preview/views.ts) or a pose from the front or the
 * side (`sitting-front`, `on-all-fours-side`, …). Writes models/pictures/<picture>.png
 * (git-ignored), or DIR/<picture>.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { POSE_NAMES } from './poses';
import { VIEWS } from './preview/views';

/** A picture name: a view of the body at rest, or `<pose>-front` / `<pose>-side`. */
function query(picture: string): string {
  const m = /^(.*)-(front|side)$/.exec(picture);
  if (m && (POSE_NAMES as readonly string[]).includes(m[1]!)) return `?pose=${m[1]}&view=${m[2]}`;
  if (!(picture in VIEWS)) throw new Error(`no view or pose picture "${picture}"`);
  return `?view=${picture}`;
}

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const outDir = outAt >= 0 ? resolve(args[outAt + 1] ?? '.') : join(here, 'pictures');
  if (outAt >= 0) args.splice(outAt, 2);
  const views = args.length
    ? args
    : [...Object.keys(VIEWS), ...POSE_NAMES.flatMap((p) => [`${p}-front`, `${p}-side`])];
  mkdirSync(outDir, { recursive: true });
  const server = await createServer({
    configFile: false,
    root: join(here, 'preview'),
    publicDir: resolve(here, '../public'),
    logLevel: 'warn',
    server: {
      port: 5199,
      strictPort: false,
      host: '127.0.0.1',
      fs: { allow: [resolve(here, '..')] },
    },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5199/';
  const profile = mkdtempSync(join(tmpdir(), 'body-pictures-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    viewport: { width: 1280, height: 800 },
    args: [
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    for (const view of views) {
      await page.goto(`${url}${query(view)}${process.env.PREVIEW_QUERY ?? ''}`);
      await page.waitForFunction(
        () => window.__ready === true || window.__error !== undefined,
        undefined,
        { timeout: 60_000 },
      );
      const error = await page.evaluate(() => window.__error);
      if (error) throw new Error(`${view}: ${error}`);
      await page.screenshot({ path: join(outDir, `${view}.png`) });
      console.log(`wrote ${join(outDir, `${view}.png`)}`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
