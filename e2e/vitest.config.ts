import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packs every package and installs them, with the registry tools, into one consumer outside the workspace.
    globalSetup: ['./test/setup/global-setup.ts'],
    // Real npm installs, git, husky and pre-commit: generous limits, no timed assertions.
    testTimeout: 600_000,
    hookTimeout: 900_000,
  },
});
