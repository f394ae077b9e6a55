import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import sirv from 'sirv';
import { chooseCoding, SIBLING_CODINGS } from './encoding.ts';

/** Types named here rather than guessed, text with its charset (sirv's own table gives none). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
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
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Vite names the files it writes under assets/ `name-HASH.ext`, the hash 8 url-safe characters. */
const HASHED_ASSET = /^\/assets\/(?:[^/]+\/)*[^/]+-[\w-]{8}\.[a-z0-9]+$/i;

/**
 * How long a browser may keep a file: a year, never asking again, for the hashed files under
 * /assets/ (a new build gives them new names); everything else (index.html, sw.js,
 * registerSW.js, manifest.webmanifest, workbox-*.js, the model, robots.txt) must be revalidated
 * on every use, or a stale service worker or page could outlive a new build.
 */
function cacheControlFor(pathname: string): string {
  return HASHED_ASSET.test(pathname) ? IMMUTABLE : REVALIDATE;
}

function contentTypeFor(path: string): string | undefined {
  return CONTENT_TYPES[extname(path).toLowerCase()];
}

export interface StaticSite {
  /** Answers a GET or HEAD for a path that is not the classroom API. */
  handle(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void>;
}

/**
 * Serves a built atlas from `root` like a production host: sirv finds the file and its
 * precompressed sibling, streams it, and answers ETags and ranges; around it, this chooses the
 * coding by the request's q-values, sets the caching and type headers, refuses what a build never
 * holds, and gives the app's index.html only to navigations (a path without an extension, asked
 * for as HTML). sirv runs in its per-request mode (`dev`), so a rebuild under a running server is
 * served as it is, never with the old files' lengths.
 */
export function createStaticSite(root: string): StaticSite {
  const serveFile = sirv(root, {
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
  });

  /** Hands the request to sirv; false when it has no such file. */
  const serve = (request: IncomingMessage, response: ServerResponse, pathname: string) => {
    const headers: Record<string, string> = {
      'Cache-Control': cacheControlFor(pathname),
      Vary: 'Accept-Encoding',
    };
    const type = contentTypeFor(pathname === '/' ? 'index.html' : pathname);
    if (type !== undefined) headers['Content-Type'] = type;
    // Set before sirv answers, so a 304 carries them too (sirv sends its 304 bare).
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    let found = true;
    serveFile(request, response, () => {
      found = false;
    });
    if (!found) for (const name of Object.keys(headers)) response.removeHeader(name);
    return found;
  };

  return {
    async handle(request, response, pathname) {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        plain(response, 405, 'Only GET and HEAD are served here.', { Allow: 'GET, HEAD' });
        return;
      }
      const refusal = refusalOf(pathname);
      if (refusal === 'bad') {
        plain(response, 400, 'That path is not allowed.');
        return;
      }
      // A file that vanishes while it is read (a rebuild) ends that answer, not the server.
      response.once('pipe', (source) => source.once('error', () => response.destroy()));
      request.headers['accept-encoding'] = codingsToOffer(request.headers['accept-encoding']);
      // Whole files only: sirv's range parsing misreads suffix and reversed ranges, and has no
      // If-Range, so a rebuild could mix two builds; nothing in the atlas asks for a part.
      delete request.headers.range;
      if (refusal === null && serve(request, response, pathname)) return;
      if (isNavigation(request, pathname)) {
        request.url = '/index.html';
        if (serve(request, response, '/index.html')) return;
        plain(response, 500, 'The build has no index.html: run `npm run build` first.');
        return;
      }
      plain(response, 404, `Not found: ${pathname.slice(0, 200)}`);
    },
  };
}

/**
 * Why a path is not looked up: 'bad' when it cannot name a file of the build at all (it does not
 * decode, or climbs out, or carries a NUL or a backslash), 'hidden' for what a build holds but
 * never serves by name (dotfiles, and the .br/.gz siblings, only ever sent encoded).
 */
function refusalOf(pathname: string): 'bad' | 'hidden' | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 'bad';
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return 'bad';
  // sirv drops a trailing slash and would serve "/robots.txt/" as the file, typed as a page;
  // a build holds no folder anyone opens by name but the root.
  if (decoded !== '/' && decoded.endsWith('/')) return 'hidden';
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return 'bad';
  if (segments.some((segment) => segment.startsWith('.'))) return 'hidden';
  if (/\.(?:br|gz)$/i.test(decoded)) return 'hidden';
  return null;
}

/**
 * The one coding sirv may send, chosen by the request's q-values (RFC 9110): sirv itself only
 * looks for "br" and "gzip" in the header, so "br;q=0" would still get brotli.
 */
function codingsToOffer(header: string | undefined): string {
  const coding = chooseCoding(header, SIBLING_CODINGS);
  return coding === 'identity' ? '' : coding;
}

/**
 * A page the app itself answers (a deep link such as /anything?point=3): no file extension,
 * not under /assets/, and asked for as HTML. A missing script, model or image gets a real 404.
 */
function isNavigation(request: IncomingMessage, pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return (
    !last.includes('.') &&
    !pathname.startsWith('/assets/') &&
    (request.headers.accept ?? '').includes('text/html')
  );
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
