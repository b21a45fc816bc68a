// Types of packed-files.mjs, for the tests that import it.
export interface RefusedFile {
  /** Path relative to the package folder, as npm packs it. */
  file: string;
  reason: string;
}
export function packedFiles(dir: string): string[];
export function refusedFiles(dir: string, files: readonly string[], repoRoot?: string): Promise<RefusedFile[]>;
