import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The e2e tests start real HTTP servers; keep them from fighting over the two cores.
    pool: 'forks',
    testTimeout: 20_000,
    setupFiles: ['./test/helpers/fast-check-seed.ts'],
    reporters: ['default', './test/helpers/summary-reporter.ts'],
  },
});
