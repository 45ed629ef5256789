import { defineConfig } from 'vitest/config';

export default defineConfig({
  // src/generated is a link into the data step's current set (src/datasets/write-atomic.ts). Keep
  // the linked path as the module's id: resolved to the set's real folder, Vitest's module cache
  // would keep importing an earlier set after the data step has switched to a new one.
  resolve: { preserveSymlinks: true },
  test: {
    include: ['test/**/*.test.ts'],
    // Dates are strings end to end; TZ is pinned in the npm script too, so a test that passes here passes anywhere.
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
