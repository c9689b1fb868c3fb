import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests run the built CLI: build first when dist/ is stale.
    globalSetup: ['test/support/global-setup.ts'],
    // Room for megabyte inputs on a loaded 2-core CI; properties set their own timeouts.
    testTimeout: 30_000,
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
