/** A file on disk that a listing found (tracked, untracked-not-ignored, or walked). */
export interface ListedFile {
  /** Absolute path to read. */
  absolute: string;
  /** The absolute path's bytes, when the name is not valid UTF-8 (`absolute` and `path` then show such bytes as `\xNN`): read with these. */
  absoluteBytes?: Buffer;
  /** Path relative to the listing's root with `/` separators: fingerprints, config globs and SARIF uris use it. */
  path: string;
  /** Set for a file of a submodule or nested repository: that repository's folder, relative to the listing's root. */
  repository?: string;
  /** Tracked by git or about to be committed (untracked, not ignored); false for files listed only because they were named or because of `noIgnore`. */
  committed: boolean;
}
