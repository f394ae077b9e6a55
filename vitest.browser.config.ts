import { defineConfig } from 'vitest/config';

// Browser tests: build once (npm script), serve dist/ on localhost, drive Debian Chromium.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
