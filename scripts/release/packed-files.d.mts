// Types of packed-files.mjs, for the tests that import it.
export interface RefusedFile {
  /** Path relative to the package folder, as npm packs it. */
  file: string;
  reason: string;
}
export function packedFiles(dir: string): string[];
/** `optimocms-scan --pack` over the folders at once, run from `repoRoot`: each folder's refused files. */
export function refusedByPackage(dirs: readonly string[], repoRoot?: string): Map<string, RefusedFile[]>;
export function refusedFiles(dir: string, files: readonly string[], repoRoot?: string): Promise<RefusedFile[]>;
