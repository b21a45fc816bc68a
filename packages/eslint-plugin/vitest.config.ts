import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type-aware tests start a TypeScript project service.
    testTimeout: 30_000,
  },
});
