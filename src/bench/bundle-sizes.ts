import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  /** JS that index.html loads or preloads: what the first screen waits for. */
  firstScreenJs: number;
  firstScreenCss: number;
  /** Every other JS chunk: the lazily loaded 3D view. */
  lazyJs: number;
  model: number;
  /** The points dataset; it is bundled into the first-screen JS, so this is part of that figure. */
  data: number;
}

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Gzip sizes (level 9, as a static server would precompress) of a built atlas in `dist`. */
export function measureBundle(dist: string, datasetPath: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = new Set(
    [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((match) => match[1]!),
  );
  const assets = readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`);
  const sum = (paths: string[]) =>
    paths.reduce((total, path) => total + gzipped(join(dist, path)), 0);
  const js = assets.filter((path) => path.endsWith('.js'));
  return {
    firstScreenJs: sum(js.filter((path) => referenced.has(path))),
    firstScreenCss: sum(assets.filter((path) => path.endsWith('.css') && referenced.has(path))),
    lazyJs: sum(js.filter((path) => !referenced.has(path))),
    model: gzipped(join(dist, 'models', 'body.glb')),
    data: gzipped(datasetPath),
  };
}
