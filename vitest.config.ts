import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property and mutation suites run thousands of cases: give them room, not forever.
    testTimeout: 120_000,
    coverage: {
      // Active with `vitest run --coverage` (the `test:unit` script).
      provider: 'v8',
      include: ['src/**'],
      reporter: ['text', 'json-summary'],
      reportsDirectory: 'coverage',
      thresholds: {
        lines: 95,
        branches: 90,
      },
    },
  },
});
