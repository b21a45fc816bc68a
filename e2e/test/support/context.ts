// What the global setup hands every test file (vitest's provide / inject).
export interface E2EContext {
  /** The repository root (tests read its recipes and hook manifest). */
  repoRoot: string;
  /** Package name → packed tarball (`pnpm pack`: workspace:^ ranges rewritten to versions). */
  tarballs: Record<string, string>;
  /** node_modules of one consumer project outside the workspace: the tarballs plus the registry tools. */
  consumerNodeModules: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2EContext;
  }
}
