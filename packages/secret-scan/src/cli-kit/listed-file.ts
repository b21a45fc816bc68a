/** A file on disk that a listing found (tracked, untracked-not-ignored, or walked). */
export interface ListedFile {
  /** Absolute path to read. */
  absolute: string;
  /** Path relative to the listing's root with `/` separators: fingerprints, config globs and SARIF uris use it. */
  path: string;
  /** Tracked by git or about to be committed (untracked, not ignored); false for files listed only because they were named or because of `noIgnore`. */
  committed: boolean;
}
