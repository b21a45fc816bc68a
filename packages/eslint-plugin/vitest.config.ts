import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixture projects hold their own (never-run) test files.
    exclude: ['test/fixtures/**'],
    // Type-aware tests start a TypeScript project service.
    testTimeout: 30_000,
  },
});
