import type { ReportMatch } from '../artefact/artefact-match.js';
import type { SkipReason } from '../sources/source.js';

/** What filtering and detecting one unit gave. */
export type FileOutcome =
  | { kind: 'scanned'; bytes: number; matches: ReportMatch[]; note?: string }
  | { kind: 'skipped'; reason: SkipReason; note?: string }
  /** Not content at all (a directory such as a submodule, a file deleted since it was listed, a FIFO). */
  | { kind: 'absent' };
