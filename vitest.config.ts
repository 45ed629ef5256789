import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Dates are strings end to end; TZ is pinned in the npm script too, so a test that passes here passes anywhere.
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
