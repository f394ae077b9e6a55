import { OPENING_LINK_SCRIPT_SOURCE } from './opening-link.ts';

/**
 * The built app's Content-Security-Policy, written into index.html by the build and sent as a
 * header by the atlas's own server. Only the build gets it: the dev server injects an inline
 * script for hot reload, which this policy rightly forbids. 'wasm-unsafe-eval' is for the
 * meshopt decoder, which compiles WebAssembly. The one inline script allowed, by its hash, is
 * the opening-link marker (opening-link.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${OPENING_LINK_SCRIPT_SOURCE}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The same policy as a header, which can say what a page's own tag cannot: no other site may
 * show the atlas in a frame (a class page framed by a stranger's site could be clicked through
 * blind). A header also covers the service worker, which never reads the page's tag.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
