import { defineConfig } from 'vitest/config';

// Unit tests: pure Node, no browser. Browser tests live in tests/browser and have their own config.
export default defineConfig({
  test: {
    include: ['points/**/*.test.ts', 'src/**/*.test.{ts,tsx}', 'models/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
