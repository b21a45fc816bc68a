// What the global setup hands every test file (vitest's provide / inject).
export interface E2EContext {
  /** The repository root (tests read its recipes and hook manifest). */
  repoRoot: string;
  /** The suite's Verdaccio: its URL, and `.npmrc` lines that select it and authenticate as the publisher. */
  registry: { url: string; npmrc: string };
  /** The throwaway clone that was versioned and released into the registry (committed state + changeset version). */
  releaseClone: string;
  /** Package name → the version released into the registry. */
  versions: Record<string, string>;
  /** Package name → its tarball as the registry serves it. */
  tarballs: Record<string, string>;
  /** node_modules of one npm consumer project outside the workspace: our packages and the tools, by name from the registry. */
  consumerNodeModules: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2EContext;
  }
}
