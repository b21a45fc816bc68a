import type { ListedFile } from '../cli-kit/listed-file.js';
import type { Match } from '../engine/scan-text.js';

/** A file on disk to scan (tracked or walked). */
export type TreeFile = ListedFile;

/** Why a file was not scanned. Counted in the summary, never dropped silently. */
export type SkipReason = 'binary' | 'tooLarge' | 'symlink' | 'unreadable';

/** What scanning one file's content gave. */
export type FileOutcome =
  | { kind: 'scanned'; bytes: number; matches: Match[]; note?: string }
  | { kind: 'skipped'; reason: SkipReason; note?: string }
  /** Not content at all (a directory such as a submodule, a file deleted since it was listed, a FIFO). */
  | { kind: 'absent' };
