import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './build-app';

/** Where the floor page lives inside the bench's build of the atlas (served by the same server). */
export const FLOOR_PATH = '/bench-floor/';

/**
 * Builds the bare three.js floor page (floor/) into the atlas's build folder, so one server
 * serves both with the same compression, caching and model file.
 */
export function buildFloor(appOutDir: string): number {
  const started = Date.now();
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'src/bench/floor/vite.config.ts'],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, FLOOR_BASE: FLOOR_PATH, FLOOR_OUT_DIR: join(appOutDir, FLOOR_PATH) },
    },
  );
  return Date.now() - started;
}
