import { defineConfig } from '@playwright/test';
import {
  BROWSER_ARGS,
  browserAvailable,
  CHROMIUM_PATH,
  TESTS_REDUCE_MOTION,
} from './src/e2e/support/browser';

/** The built app is served here for the whole run, by the server `npm start` uses. */
const PORT = Number(process.env.E2E_PORT ?? 4317);

/**
 * The browser tests: Debian's Chromium (Playwright's own download cannot work here) with WebGL
 * from SwiftShader, against the built app on localhost; `npm run test:browser` builds it first.
 */
export default defineConfig({
  testDir: 'src/e2e',
  testMatch: '**/*.test.ts',
  // Outside CI a machine without Chromium skips the browser tests (with a note); in CI it fails.
  testIgnore: browserAvailable() ? [] : ['**/*'],
  // Every test has its own browser context, so any test runs alone or beside any other; the two
  // workers share the two cores, and much of a test waits for a camera to come to rest.
  fullyParallel: true,
  workers: 2,
  forbidOnly: process.env.CI === 'true',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'test-results/report' }]],
  // One folder a port: a run empties its folder as it starts, and two runs may overlap.
  outputDir: `test-results/playwright-${PORT}`,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: BROWSER_ARGS },
    viewport: { width: 1280, height: 800 },
    reducedMotion: TESTS_REDUCE_MOTION,
    // Off unless a test is about offline use: a worker serving from its cache would bypass page.route.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node --import tsx src/server/serve.ts',
    url: `http://127.0.0.1:${PORT}/`,
    env: { PORT: String(PORT), HOST: '127.0.0.1' },
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
