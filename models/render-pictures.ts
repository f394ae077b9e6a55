/**
 * Render review pictures of the generated body in headless Chromium (software WebGL).
 *   npx tsx models/render-pictures.ts [--out DIR] [view …]
 * Writes models/pictures/<view>.png (git-ignored), or DIR/<view>.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { VIEWS } from './preview/views';

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const outDir = outAt >= 0 ? resolve(args[outAt + 1] ?? '.') : join(here, 'pictures');
  if (outAt >= 0) args.splice(outAt, 2);
  const views = args.length ? args : Object.keys(VIEWS);
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
      await page.goto(`${url}?view=${view}${process.env.PREVIEW_QUERY ?? ''}`);
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
