import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The end-to-end suites spawn the bundles and build git repositories; two cores only.
    maxWorkers: 2,
  },
});
