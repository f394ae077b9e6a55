import { join } from 'node:path';
import { build } from 'vite';
import { precompressBuild } from '../server/precompress';
import { REPO_ROOT } from './build-app';

/** Where the floor page lives inside the bench's build of the atlas (served by the same server). */
export const FLOOR_PATH = '/bench-floor/';

/**
 * Builds the bare three.js floor page (floor/) into the atlas's build folder, so one server
 * serves both with the same compression, caching and model file.
 */
export async function buildFloor(appOutDir: string): Promise<number> {
  const started = Date.now();
  await build({
    configFile: false,
    root: join(REPO_ROOT, 'src', 'bench', 'floor'),
    base: FLOOR_PATH,
    logLevel: 'warn',
    // Compressed as the atlas is, so both pages cost the same to fetch.
    plugins: [precompressBuild()],
    build: {
      outDir: join(appOutDir, FLOOR_PATH),
      emptyOutDir: true,
      // three.js alone is one ~640 kB chunk, and that is the point of this page.
      chunkSizeWarningLimit: 1000,
    },
  });
  return Date.now() - started;
}
