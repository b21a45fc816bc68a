import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests start the real secretlint binary: slow machines and parallel turbo tasks need room.
    testTimeout: 60_000,
  },
});
