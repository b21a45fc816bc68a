import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixture projects are data, never tests.
    exclude: ['test/__fixtures__/**'],
    // Project tests run git, tsc and the built CLIs.
    testTimeout: 60_000,
  },
});
