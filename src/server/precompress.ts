import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The built files worth compressing: text, the WebAssembly and the body model. Fonts (woff2 is
 * brotli inside) and pictures are compressed already. The static server (static-files.ts, with sirv) sends
 * a sibling only for these extensions too.
 */
export const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|map|svg|webmanifest|wasm|glb|txt|xml)$/;

const TEXT = /\.(?:html|js|mjs|css|json|map|svg|webmanifest|txt|xml)$/;

export interface PrecompressReport {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

async function* filesUnder(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Writes `name.br` (brotli, quality 11) and `name.gz` (gzip, level 9) beside every compressible
 * file under `folder`, each only when it is smaller than the file itself: a 30-byte robots.txt
 * is served as it is. Runs the codecs on libuv's thread pool, all files at once.
 */
export async function precompressFolder(folder: string): Promise<PrecompressReport> {
  const report: PrecompressReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const jobs: Promise<void>[] = [];
  for await (const path of filesUnder(folder)) {
    if (!COMPRESSIBLE.test(path)) continue;
    jobs.push(
      (async () => {
        const original = await readFile(path);
        const [br, gz] = await Promise.all([
          brotli(original, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_MODE]: TEXT.test(path)
                ? constants.BROTLI_MODE_TEXT
                : constants.BROTLI_MODE_GENERIC,
              [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
            },
          }),
          gzipAsync(original, { level: constants.Z_BEST_COMPRESSION }),
        ]);
        report.files += 1;
        report.bytes += original.length;
        report.brotliBytes += Math.min(br.length, original.length);
        report.gzipBytes += Math.min(gz.length, original.length);
        if (br.length < original.length) await writeFile(`${path}.br`, br);
        if (gz.length < original.length) await writeFile(`${path}.gz`, gz);
      })(),
    );
  }
  await Promise.all(jobs);
  return report;
}

/**
 * Precompresses the build once everything is written, the service worker included: `order:
 * 'post'` puts this after vite-plugin-pwa's own closeBundle, which writes sw.js and the Workbox
 * runtime. The service worker's precache list never names the siblings: its globPatterns list
 * extensions, and `.br`/`.gz` is none of them (and the list is made before they exist).
 */
export function precompressBuild(): Plugin {
  let outDir = 'dist';
  let log: (message: string) => void = () => {};
  return {
    name: 'atlas-precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
      log = (message) => config.logger.info(message);
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      handler: async (error?: Error) => {
        if (error !== undefined) return;
        const started = Date.now();
        const report = await precompressFolder(outDir);
        const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
        log(
          `precompressed ${report.files} files (${kB(report.bytes)}) to brotli ${kB(report.brotliBytes)}` +
            ` and gzip ${kB(report.gzipBytes)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
