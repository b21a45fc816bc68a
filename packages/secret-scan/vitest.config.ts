import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built binary and git many times: generous, never a timing assertion.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
