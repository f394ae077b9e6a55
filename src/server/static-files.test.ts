import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAtlasServer } from './app.ts';
import { precompressFolder } from './precompress.ts';
import { closeServer, listen, rawRequest } from './testing/http.ts';

const SCRIPT = `export const text = "${'the atlas draws the body '.repeat(200)}";\n`;
const HTML = `<!doctype html><title>Atlas</title>${'<p>first screen</p>'.repeat(100)}`;
const ROBOTS = readFileSync(new URL('../../public/robots.txt', import.meta.url), 'utf8');

let dist: string;
let server: Server;
let port: number;

/** A small build: what vite writes, with the names and kinds that matter to the server. */
function writeDist(folder: string) {
  const files: Record<string, string | Buffer> = {
    'index.html': HTML,
    'sw.js': `self.precache(${JSON.stringify(['index.html'.repeat(40)])});`,
    'registerSW.js': "navigator.serviceWorker.register('/sw.js');".repeat(5),
    'workbox-9c191d2f.js': SCRIPT,
    'manifest.webmanifest': JSON.stringify({ name: 'Acupressure point atlas'.repeat(10) }),
    'robots.txt': ROBOTS,
    'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(100)}</svg>`,
    'assets/index-DwIjoaij.js': SCRIPT,
    'assets/QuizPanel-z4Z96sr-.js': SCRIPT,
    'assets/index-D0ag0K0r.css': 'body { margin: 0 } '.repeat(100),
    'assets/font-400-normal-FfmJh7DR.woff2': Buffer.from('wOF2 not really a font'),
    'assets/meshopt-Ab12Cd34.wasm': Buffer.alloc(4000, 7),
    'models/body.glb': Buffer.concat([Buffer.from('glTF'), Buffer.alloc(5000, 1)]),
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  // Something outside the build that a path must never reach.
  writeFileSync(join(folder, '..', 'secret.txt'), 'outside the build');
}

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'atlas-static-'));
  dist = join(parent, 'dist');
  mkdirSync(dist);
  writeDist(dist);
  await precompressFolder(dist);
  server = createAtlasServer({ root: dist });
  port = await listen(server);
});

afterAll(async () => {
  await closeServer(server);
  rmSync(join(dist, '..'), { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(port, { path, headers, method });

describe('precompression at build time', () => {
  it('writes brotli and gzip siblings that decode to the original', () => {
    const original = readFileSync(join(dist, 'assets/index-DwIjoaij.js'));
    expect(brotliDecompressSync(readFileSync(join(dist, 'assets/index-DwIjoaij.js.br')))).toEqual(
      original,
    );
    expect(gunzipSync(readFileSync(join(dist, 'assets/index-DwIjoaij.js.gz')))).toEqual(original);
    for (const name of ['index.html', 'models/body.glb', 'assets/meshopt-Ab12Cd34.wasm']) {
      expect(readFileSync(join(dist, `${name}.br`)).length).toBeLessThan(
        readFileSync(join(dist, name)).length,
      );
    }
  });

  it('leaves fonts alone and writes no sibling that would be larger', () => {
    expect(() => readFileSync(join(dist, 'assets/font-400-normal-FfmJh7DR.woff2.br'))).toThrow();
    const robots = readFileSync(join(dist, 'robots.txt'));
    for (const suffix of ['.br', '.gz']) {
      let sibling: Buffer | null = null;
      try {
        sibling = readFileSync(join(dist, `robots.txt${suffix}`));
      } catch {
        // not written: fine
      }
      if (sibling !== null) expect(sibling.length).toBeLessThan(robots.length);
    }
  });
});

describe('content negotiation', () => {
  it('sends brotli first, then gzip, then the file itself', async () => {
    const original = readFileSync(join(dist, 'assets/index-DwIjoaij.js'));
    const br = await get('/assets/index-DwIjoaij.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body)).toEqual(original);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);

    const gz = await get('/assets/index-DwIjoaij.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body)).toEqual(original);
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);

    const plain = await get('/assets/index-DwIjoaij.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(original);
    expect(Number(plain.headers['content-length'])).toBe(original.length);
    for (const response of [br, gz, plain]) expect(response.headers.vary).toBe('Accept-Encoding');
  });

  it('honours q=0 and q-values', async () => {
    const noBrotli = await get('/index.html', { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(noBrotli.headers['content-encoding']).toBe('gzip');
    const preferGzip = await get('/index.html', { 'Accept-Encoding': 'br;q=0.5, gzip;q=1' });
    expect(preferGzip.headers['content-encoding']).toBe('gzip');
    const nothing = await get('/index.html', { 'Accept-Encoding': '*;q=0' });
    expect(nothing.headers['content-encoding']).toBeUndefined();
    expect(nothing.body.toString()).toBe(HTML);
    const wildcard = await get('/index.html', { 'Accept-Encoding': '*' });
    expect(wildcard.headers['content-encoding']).toBe('br');
  });

  it('answers HEAD with the same headers and no body', async () => {
    const get_ = await get('/models/body.glb', { 'Accept-Encoding': 'br' });
    const head = await get('/models/body.glb', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(get_.headers['content-length']);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-type']).toBe('model/gltf-binary');
  });

  it('serves a rebuild under a running server as it now is, not as it was', async () => {
    const page = join(dist, 'rebuilt.html');
    writeFileSync(page, '<p>first build</p>');
    expect((await get('/rebuilt.html')).body.toString()).toBe('<p>first build</p>');
    const longer = '<p>second build, with more in it</p>';
    writeFileSync(page, longer);
    const after = await get('/rebuilt.html');
    expect(after.body.toString()).toBe(longer);
    expect(Number(after.headers['content-length'])).toBe(longer.length);
  });

  it('answers a matching If-None-Match with 304', async () => {
    const first = await get('/index.html', { 'Accept-Encoding': 'br' });
    const again = await get('/index.html', {
      'Accept-Encoding': 'br',
      'If-None-Match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['cache-control']).toBe('no-cache');
    expect(again.headers.vary).toBe('Accept-Encoding');
    const otherCoding = await get('/index.html', { 'If-None-Match': String(first.headers.etag) });
    expect(otherCoding.status).toBe(200);
  });
});

describe('headers', () => {
  it('caches hashed assets for a year and makes everything else revalidate', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const path of [
      '/assets/index-DwIjoaij.js',
      '/assets/QuizPanel-z4Z96sr-.js',
      '/assets/index-D0ag0K0r.css',
      '/assets/font-400-normal-FfmJh7DR.woff2',
    ]) {
      expect((await get(path)).headers['cache-control'], path).toBe(immutable);
    }
    for (const path of [
      '/',
      '/index.html',
      '/sw.js',
      '/registerSW.js',
      '/manifest.webmanifest',
      '/workbox-9c191d2f.js',
      '/models/body.glb',
      '/robots.txt',
      '/some/deep/link',
    ]) {
      const response = await get(path, { Accept: 'text/html' });
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('names every type and forbids sniffing', async () => {
    const types: Record<string, string> = {
      '/': 'text/html; charset=utf-8',
      '/assets/index-DwIjoaij.js': 'text/javascript; charset=utf-8',
      '/assets/index-D0ag0K0r.css': 'text/css; charset=utf-8',
      '/models/body.glb': 'model/gltf-binary',
      '/manifest.webmanifest': 'application/manifest+json',
      '/assets/meshopt-Ab12Cd34.wasm': 'application/wasm',
      '/robots.txt': 'text/plain; charset=utf-8',
      '/favicon.svg': 'image/svg+xml',
      '/assets/font-400-normal-FfmJh7DR.woff2': 'font/woff2',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await get(path, { 'Accept-Encoding': 'br' });
      expect(response.headers['content-type'], path).toBe(type);
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
    }
    const missing = await get('/assets/gone-12345678.js');
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves a robots.txt that lets every crawler in', async () => {
    const response = await get('/robots.txt');
    expect(response.status).toBe(200);
    expect(response.body.toString()).toMatch(/^User-agent: \*$/m);
    expect(response.body.toString()).toMatch(/^Allow: \/$/m);
    expect(response.body.toString()).not.toMatch(/^Disallow: \/./m);
  });
});

describe('missing files and navigations', () => {
  it('gives a real 404 for a missing asset or any path with an extension', async () => {
    for (const path of ['/assets/index-00000000.js', '/assets/nothing', '/nothing.png', '/x.js']) {
      const response = await get(path, { Accept: 'text/html,*/*' });
      expect(response.status, path).toBe(404);
      expect(response.body.toString()).not.toContain('<title>Atlas');
    }
  });

  it('answers a navigation to an unknown page with the app', async () => {
    const response = await get('/lesson/today?point=3', {
      Accept: 'text/html,application/xhtml+xml',
    });
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe(HTML);
  });

  it('does not answer a non-HTML request for an unknown page with the app', async () => {
    expect((await get('/lesson/today', { Accept: 'application/json' })).status).toBe(404);
    expect((await get('/api/unknown', { Accept: 'text/html' })).status).toBe(404);
  });

  it('does not serve the .br and .gz siblings by name, nor dotfiles', async () => {
    expect((await get('/index.html.br')).status).toBe(404);
    expect((await get('/assets/index-DwIjoaij.js.gz')).status).toBe(404);
    writeFileSync(join(dist, '.env'), 'SECRET=1');
    expect((await get('/.env')).status).toBe(404);
  });

  it('refuses paths that climb out of the build', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..\\secret.txt',
      '/index.html%00.js',
      '/%E0%A4%A',
    ]) {
      const response = await get(path, { Accept: 'text/html' });
      expect(response.body.toString(), path).not.toContain('outside the build');
      expect([200, 400, 404], path).toContain(response.status);
      if (response.status === 200) expect(response.body.toString()).toBe(HTML);
    }
    expect((await get('/..%2fsecret.txt')).status).toBe(400);
  });

  it('serves no file under a trailing slash, and no sibling that way either', async () => {
    for (const path of ['/robots.txt/', '/assets/index-DwIjoaij.js/', '/index.html.br/']) {
      const response = await get(path, { Accept: 'text/html' });
      expect(response.headers['content-encoding'], path).toBeUndefined();
      // A page load gets the app, anything else a 404: never the file typed as a page.
      if (response.status === 200) expect(response.body.toString(), path).toBe(HTML);
      else expect(response.status, path).toBe(404);
    }
    expect((await get('/assets/index-DwIjoaij.js/')).status).toBe(404);
  });

  it('sends whole files, whatever range is asked for', async () => {
    const original = readFileSync(join(dist, 'assets/index-DwIjoaij.js'));
    for (const range of ['bytes=-500', 'bytes=0-0', 'bytes=9-3']) {
      const response = await get('/assets/index-DwIjoaij.js', { Range: range });
      expect(response.status, range).toBe(200);
      expect(response.body, range).toEqual(original);
    }
  });

  it('serves only GET and HEAD', async () => {
    const response = await get('/index.html', {}, 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });
});
