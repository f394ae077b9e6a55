import { defineConfig } from 'vite';
import { precompressBuild } from '../../server/precompress.ts';

/**
 * The bare three.js floor page's build, run by the bench in a child process (as the atlas's own
 * build is): a Vite build inside the bench's process once left it waiting for ever.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: process.env.FLOOR_BASE,
  logLevel: 'warn',
  // Compressed as the atlas is, so both pages cost the same to fetch.
  plugins: [precompressBuild()],
  build: {
    outDir: process.env.FLOOR_OUT_DIR,
    emptyOutDir: true,
    // three.js alone is one ~640 kB chunk, and that is the point of this page.
    chunkSizeWarningLimit: 1000,
  },
});
