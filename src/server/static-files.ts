import { open, stat, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { chooseCoding, SIBLING_CODINGS, type Coding, type SiblingCoding } from './encoding.ts';
import { COMPRESSIBLE } from './precompress.ts';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Vite names the files it writes under assets/ `name-HASH.ext`, the hash 8 url-safe characters. */
const HASHED_ASSET = /^\/assets\/(?:[^/]+\/)*[^/]+-[\w-]{8}\.[a-z0-9]+$/i;

const SIBLING_SUFFIX: Record<SiblingCoding, string> = { br: '.br', gzip: '.gz' };

/**
 * How long a browser may keep a file: a year, never asking again, for the hashed files under
 * /assets/ (a new build gives them new names); everything else (index.html, sw.js,
 * registerSW.js, manifest.webmanifest, workbox-*.js, the model, robots.txt) must be revalidated
 * on every use, or a stale service worker or page could outlive a new build.
 */
export function cacheControlFor(pathname: string): string {
  return HASHED_ASSET.test(pathname) ? IMMUTABLE : REVALIDATE;
}

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

interface Representation {
  handle: FileHandle;
  size: number;
  mtimeMs: number;
  coding: Coding;
}

export interface StaticSite {
  /** Answers a GET or HEAD for a path that is not the classroom API. */
  handle(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void>;
}

/**
 * Serves a built atlas from `root` like a production host: precompressed siblings chosen from
 * Accept-Encoding, long caching for hashed assets only, a real 404 for missing files and the
 * app's index.html only for navigations (a path without an extension, asked for as HTML).
 */
export function createStaticSite(rootFolder: string): StaticSite {
  const root = resolve(rootFolder);

  /** The file a URL path names inside root, or null when it names nothing we would serve. */
  function fileFor(pathname: string): string | null | 'bad' {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return 'bad';
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return 'bad';
    if (decoded.endsWith('/')) decoded += 'index.html';
    const candidate = resolve(root, `.${decoded}`);
    // Outside root ("/..%2f..%2fetc/passwd" decodes to a path that climbs out): refused.
    if (!candidate.startsWith(root + sep)) return 'bad';
    const inside = candidate.slice(root.length + 1).split(sep);
    // Dotfiles are not part of a build, and the .br/.gz siblings are only ever sent encoded.
    if (inside.some((segment) => segment.startsWith('.'))) return null;
    if (/\.(?:br|gz)$/i.test(candidate)) return null;
    return candidate;
  }

  async function openRepresentation(
    file: string,
    acceptEncoding: string | undefined,
  ): Promise<Representation | null> {
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch {
      return null;
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) {
        await handle.close();
        return null;
      }
      const identity: Representation = {
        handle,
        size: info.size,
        mtimeMs: info.mtimeMs,
        coding: 'identity',
      };
      if (!COMPRESSIBLE.test(file)) return identity;
      // A sibling counts only if it is at least as new as the file (a hand-edited index.html
      // must not be shadowed by the build's old index.html.br).
      const siblings = await Promise.all(
        SIBLING_CODINGS.map(async (coding) => {
          const sibling = await stat(file + SIBLING_SUFFIX[coding]).catch(() => null);
          return sibling?.isFile() === true && sibling.mtimeMs >= info.mtimeMs ? coding : null;
        }),
      );
      const available = siblings.filter((coding) => coding !== null);
      const coding = chooseCoding(acceptEncoding, available);
      if (coding === 'identity') return identity;
      const encoded = await open(file + SIBLING_SUFFIX[coding], 'r').catch(() => null);
      if (encoded === null) return identity;
      const encodedInfo = await encoded.stat();
      await handle.close();
      return { handle: encoded, size: encodedInfo.size, mtimeMs: encodedInfo.mtimeMs, coding };
    } catch (error) {
      await handle.close().catch(() => {});
      throw error;
    }
  }

  async function send(
    request: IncomingMessage,
    response: ServerResponse,
    file: string,
    cacheControl: string,
  ): Promise<boolean> {
    const representation = await openRepresentation(file, request.headers['accept-encoding']);
    if (representation === null) return false;
    const { handle, size, mtimeMs, coding } = representation;
    try {
      const etag = `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}${coding === 'identity' ? '' : `-${coding}`}"`;
      const headers: Record<string, string> = {
        'Content-Type': contentTypeFor(file),
        'Cache-Control': cacheControl,
        'X-Content-Type-Options': 'nosniff',
        ETag: etag,
      };
      if (COMPRESSIBLE.test(file)) headers['Vary'] = 'Accept-Encoding';
      if (coding !== 'identity') headers['Content-Encoding'] = coding;
      if (matchesEtag(request.headers['if-none-match'], etag)) {
        response.writeHead(304, headers);
        response.end();
        return true;
      }
      headers['Content-Length'] = String(size);
      response.writeHead(200, headers);
      if (request.method === 'HEAD') {
        response.end();
        return true;
      }
      await pipeline(handle.createReadStream({ autoClose: false }), response);
      return true;
    } finally {
      await handle.close().catch(() => {});
    }
  }

  return {
    async handle(request, response, pathname) {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        plain(response, 405, 'Only GET and HEAD are served here.', { Allow: 'GET, HEAD' });
        return;
      }
      const file = fileFor(pathname === '/' ? '/index.html' : pathname);
      if (file === 'bad') {
        plain(response, 400, 'That path is not allowed.');
        return;
      }
      if (file !== null && (await send(request, response, file, cacheControlFor(pathname)))) return;
      if (isNavigation(request, pathname)) {
        if (await send(request, response, resolve(root, 'index.html'), REVALIDATE)) return;
        plain(response, 500, 'The build has no index.html: run `npm run build` first.');
        return;
      }
      plain(response, 404, `Not found: ${pathname.slice(0, 200)}`);
    },
  };
}

/**
 * A page the app itself answers (a deep link such as /anything?point=3): no file extension,
 * not under /assets/, and asked for as HTML. A missing script, model or image gets a real 404.
 */
export function isNavigation(request: IncomingMessage, pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return (
    !last.includes('.') &&
    !pathname.startsWith('/assets/') &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function plain(
  response: ServerResponse,
  status: number,
  message: string,
  extra: Record<string, string> = {},
): void {
  const body = `${message}\n`;
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  response.end(body);
}
