// Serves the production build (dist/) on localhost and prints its URL. No dependencies:
// a teacher's `npm start` should not need anything beyond Node.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// ATLAS_DIST lets a second build (e.g. a parallel test run) be served from elsewhere.
const root = resolve(
  process.env.ATLAS_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url)),
);
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

async function resolveFile(pathname) {
  const candidate = normalize(join(root, decodeURIComponent(pathname)));
  if (!candidate.startsWith(root)) return null;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) return resolveFile(join(pathname, 'index.html'));
  } catch {
    // fall through: unknown paths get the app, which shows its own message
  }
  return null;
}

const server = createServer(async (request, response) => {
  try {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = (await resolveFile(pathname)) ?? join(root, 'index.html');
    const body = await readFile(file);
    const isHashedAsset = pathname.startsWith('/assets/');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(body);
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`Could not serve this file: ${error.message}`);
  }
});

server.listen(port, host, () => {
  const { port: actualPort } = server.address();
  console.log(
    `Acupressure atlas running at http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}/`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => server.close(() => process.exit(0)));
