import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importClosure } from '../lib/import-closure';

export interface BundleSizes {
  /** The entry script and every chunk it imports statically: what the first screen waits for. */
  firstScreenJs: number;
  firstScreenCss: number;
  /** The lazily loaded 3D view: its chunk and every chunk it imports statically, less the first screen's. */
  bodyViewJs: number;
  /** Workers' scripts (the skin index's): fetched by a worker after the body is shown, never by the page. */
  workerJs: number;
  /** Every other lazy chunk: the modes (present, quiz, handout, class, routine) and fallbacks. */
  otherLazyJs: number;
  model: number;
}

/** The build's entry, as Vite's manifest names it. */
const ENTRY = 'index.html';
/** The module the atlas imports lazily to show the body (src/app/BodyStageSlot.tsx). */
export const BODY_VIEW_MODULE = 'src/scene/BodyStage.tsx';
const WORKER_SCRIPT = /\.worker-[\w-]+\.js$/;

interface ManifestChunk {
  file: string;
  imports?: string[];
}

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function readManifest(dist: string): Record<string, ManifestChunk> {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`${dist} has no .vite/manifest.json: build it with \`vite build --manifest\``);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
}

/** The files of `entry` and of every chunk it imports statically, at any depth. */
function staticClosure(manifest: Record<string, ManifestChunk>, entry: string): Set<string> {
  const chunkOf = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build's manifest has no chunk for ${key}`);
    return chunk;
  };
  const keys = importClosure(entry, (key) => chunkOf(key).imports ?? []);
  return new Set([...keys].map((key) => chunkOf(key).file));
}

/** Gzip sizes (level 9, as a static server would precompress) of a built atlas in `dist`. */
export function measureBundle(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const stylesheets = new Set(
    [...html.matchAll(/<link rel="stylesheet"[^>]* href="\/?(assets\/[^"]+\.css)"/g)].map(
      (match) => match[1]!,
    ),
  );
  const manifest = readManifest(dist);
  const firstScreen = staticClosure(manifest, ENTRY);
  const bodyView = staticClosure(manifest, BODY_VIEW_MODULE);
  const assets = readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`);
  const sum = (paths: string[]) =>
    paths.reduce((total, path) => total + gzipped(join(dist, path)), 0);
  const js = assets.filter((path) => path.endsWith('.js'));
  const lazy = js.filter((path) => !firstScreen.has(path));
  const isWorker = (path: string) => WORKER_SCRIPT.test(path);
  return {
    firstScreenJs: sum(js.filter((path) => firstScreen.has(path))),
    firstScreenCss: sum([...stylesheets]),
    bodyViewJs: sum(lazy.filter((path) => bodyView.has(path))),
    workerJs: sum(lazy.filter(isWorker)),
    otherLazyJs: sum(lazy.filter((path) => !bodyView.has(path) && !isWorker(path))),
    model: gzipped(join(dist, 'models', 'body.glb')),
  };
}
