import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, GPU-less Chromium that still has WebGL through SwiftShader. */
const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const WEBGL_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const NO_WEBGL_ARGS = ['--disable-software-rasterizer'];
/** What the browser tests' Chromium runs with (playwright.config.ts): WebGL through SwiftShader. */
export const BROWSER_ARGS = [...BASE_ARGS, ...WEBGL_ARGS];
/**
 * A Chromium with no WebGL at all, for the atlas's fallback or for tests about the page alone:
 * `test.use({ launchOptions: NO_WEBGL_LAUNCH })` at the top of a test file (it takes a worker of
 * its own).
 */
export const NO_WEBGL_LAUNCH = {
  executablePath: CHROMIUM_PATH,
  args: [...BASE_ARGS, ...NO_WEBGL_ARGS],
};

/**
 * The browser tests ask for reduced motion: camera moves and pose changes jump instead of gliding.
 * What they check is where the view comes to rest, and in software WebGL each frame of a glide
 * costs a tenth of a second or more. A test about the motion itself asks for it back.
 */
export const TESTS_REDUCE_MOTION = 'reduce' as const;

export interface LaunchedBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Launches Debian's Chromium with a fresh profile, for the bench and the screenshot tools. */
export async function launchBrowser(
  options: { webgl?: boolean; serviceWorkers?: boolean } = {},
): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const args = [...BASE_ARGS, ...(options.webgl === false ? NO_WEBGL_ARGS : WEBGL_ARGS)];
  // Playwright passes the fresh profile as --user-data-dir itself.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
    reducedMotion: TESTS_REDUCE_MOTION,
    // Off unless a test is about offline use: a worker serving from its cache would bypass page.route.
    serviceWorkers: options.serviceWorkers === true ? 'allow' : 'block',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function browserAvailable(): boolean {
  const available = existsSync(CHROMIUM_PATH);
  if (!available && process.env.CI === 'true') {
    throw new Error(
      `CI=true but no Chromium at ${CHROMIUM_PATH}: install Debian's chromium or set CHROMIUM_PATH`,
    );
  }
  if (!available) console.warn(`No Chromium at ${CHROMIUM_PATH}: the browser tests are skipped.`);
  return available;
}
