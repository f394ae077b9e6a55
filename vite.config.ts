/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built app's Content-Security-Policy. Only the build gets it: the dev server injects an
 * inline script for hot reload, which this policy rightly forbids. 'wasm-unsafe-eval' is for
 * the meshopt decoder, which compiles WebAssembly.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    // The 3D view is its own lazily loaded chunk (three.js is most of it); the first screen stays small.
    chunkSizeWarningLimit: 1200,
  },
  test: {
    projects: [
      {
        // In Node, no browser: dataset, validator, link parsing, placement, the body model.
        test: {
          name: 'unit',
          include: ['points/**/*.test.ts', 'src/**/*.test.{ts,tsx}', 'models/**/*.test.ts'],
          exclude: ['src/e2e/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        // Against the built app served on localhost, in Debian Chromium; run after `npm run build`.
        test: {
          name: 'browser',
          include: ['src/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
