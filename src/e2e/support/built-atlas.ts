import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { startBuiltApp, type RunningServer } from './server';
import { watchForeignRequests } from './atlas-page';

export interface BuiltAtlas {
  readonly server: RunningServer;
  readonly browser: LaunchedBrowser;
  /** Every request the pages made beyond the app's own origin (expected: none). */
  readonly foreign: string[];
}

/**
 * For the enclosing `describe`: serves the built app and launches one Chromium before its
 * tests, and stops both after them. Read the fields inside tests and hooks, not at definition.
 */
export function useBuiltAtlas(options?: Parameters<typeof launchBrowser>[0]): BuiltAtlas {
  let running: { server: RunningServer; browser: LaunchedBrowser; foreign: string[] } | undefined;
  beforeAll(async () => {
    const server = await startBuiltApp();
    const browser = await launchBrowser(options);
    running = { server, browser, foreign: watchForeignRequests(browser.context, server.url) };
  });
  afterAll(async () => {
    await running?.browser.close();
    await running?.server.stop();
  });
  const started = () => {
    if (running === undefined) throw new Error('useBuiltAtlas: read it inside a test or hook');
    return running;
  };
  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    get foreign() {
      return started().foreign;
    },
  };
}
