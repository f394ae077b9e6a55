/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import DATASET_FILE from './points/points.json' with { type: 'json' };
import { validatedDataset } from './points/dataset-plugin.ts';
import { CONTENT_SECURITY_POLICY } from './src/prerender/content-security-policy.ts';
import { FIRST_SCREEN_GROUP, firstScreenChunk } from './src/prerender/first-screen-chunk.ts';
import { prerenderFirstScreen } from './src/prerender/prerender-plugin.ts';
import { prebuiltPlacement } from './src/scene/body/placement-plugin.ts';
import { precompressBuild } from './src/server/precompress.ts';

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

/**
 * Preloads the interface's two web-font files. Otherwise the browser finds them only once the
 * first screen is laid out, and swapping them in re-lays and repaints the whole page (and shifts
 * it) just as the notice and list appear.
 */
function preloadInterfaceFonts(): Plugin {
  const INTERFACE_FONT = /atkinson-hyperlegible-next-latin-(400|700)-normal-[\w-]+\.woff2$/;
  let base = '/';
  return {
    name: 'atlas-preload-interface-fonts',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        Object.keys(context.bundle ?? {})
          .filter((file) => INTERFACE_FONT.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `${base}${file}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
            },
            injectTo: 'head' as const,
          })),
    },
  };
}

/**
 * Installs as a PWA that precaches the whole built app (model, fonts and the chunk with the
 * WebAssembly meshopt decoder included), so a classroom without Wi-Fi still gets everything.
 * generateSW writes its Workbox runtime next to sw.js: nothing comes from a CDN. The register
 * script is a file, not inline, so the CSP needs no 'unsafe-inline'.
 */
function offlineApp() {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script',
    manifest: {
      name: 'Acupressure point atlas',
      short_name: 'Point atlas',
      description: `The ${DATASET_FILE.points.length} points of one popular article, in 3D, with its gaps shown.`,
      start_url: '.',
      display: 'standalone',
      background_color: '#f5f3ee',
      theme_color: '#f5f3ee',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,woff,woff2,glb,wasm,json}'],
      // The three.js chunk is over Workbox's 2 MiB default; a missing chunk would break offline 3D.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first visit is often the only one online: take over that page at once.
      clientsClaim: true,
    },
  });
}

export default defineConfig({
  plugins: [
    validatedDataset(),
    prebuiltPlacement(),
    react(),
    contentSecurityPolicy(),
    preloadInterfaceFonts(),
    prerenderFirstScreen(),
    offlineApp(),
    // Last: brotli and gzip siblings of the finished build, sw.js included, for `npm start`.
    precompressBuild(),
  ],
  optimizeDeps: {
    // Its worker is found by `new URL(…, import.meta.url)` beside its own files, which the dev
    // server's pre-bundling would move (skin-index.ts).
    exclude: ['three-mesh-bvh'],
  },
  build: {
    target: 'es2022',
    // The 3D view is its own lazily loaded chunk (three.js is most of it); the first screen stays small.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: firstScreenChunk(), debugName: FIRST_SCREEN_GROUP }] },
      },
    },
  },
  test: {
    projects: [
      {
        // In Node, no browser: dataset, validator, link parsing, placement, the body model.
        // The dataset plugin cuts points.json in two for src/data, as the build does.
        plugins: [validatedDataset()],
        test: {
          name: 'unit',
          include: ['points/**/*.test.ts', 'src/**/*.test.{ts,tsx}', 'models/**/*.test.ts'],
          exclude: ['src/e2e/**', '**/node_modules/**'],
          environment: 'node',
          // Worker threads shared across files: the files keep no state between them (they run
          // shuffled just as well), and starting a fresh module graph per file cost half the run.
          pool: 'threads',
          isolate: false,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
