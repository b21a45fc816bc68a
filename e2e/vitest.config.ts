import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Starts the local registry, releases a clone of the repository into it and installs the packages by name into one consumer.
    globalSetup: ['./test/setup/global-setup.ts'],
    // Real npm installs, git, husky and pre-commit: generous limits, no timed assertions.
    testTimeout: 600_000,
    hookTimeout: 900_000,
  },
});
