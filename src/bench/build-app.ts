import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the atlas (validating the dataset on the way) into `outDir`, never the shared dist/. */
export function buildApp(outDir: string): number {
  const started = Date.now();
  const run = (args: string[]) =>
    execFileSync(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  run([
    'node_modules/vite/bin/vite.js',
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    // The chunk graph, so the bench can tell the 3D view's JS from the modes' (bundle-sizes.ts).
    '--manifest',
    '--logLevel',
    'warn',
  ]);
  return Date.now() - started;
}
