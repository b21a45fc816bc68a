import type { FileRoot } from '../../cli-kit/file-root.js';
import type { CliOptions } from '../args.js';
import type { Notices } from '../notices.js';
import type { ReportRuleId } from '../artefact/artefact-rules.js';
import type { ArtefactDetector } from '../artefact/scan-artefact.js';
import type { ScanSummary } from '../report/scan-summary.js';

/** Why a file was not scanned. Counted in the summary, never dropped silently. */
export type SkipReason = 'binary' | 'tooLarge' | 'symlink' | 'unreadable';

/** Where a unit's content was recorded, when a commit did: history scans. */
export interface Origin {
  commit: string;
  /** ISO 8601. */
  authorDate: string;
}

/** What a unit holds to scan. */
export type Content =
  /** A file on disk, read where it is scanned: on the worker threads for large runs, so that reading is parallel too. */
  | { kind: 'file'; absolute: string }
  /** Bytes a source read itself (an index blob): decoded and filtered like a file's. */
  | { kind: 'bytes'; bytes: Buffer }
  /** Text already decoded; `lineNumbers[i]` is the line in the file of the text's line i + 1 (history: only the added lines). */
  | { kind: 'text'; text: string; lineNumbers?: readonly number[] }
  /**
   * Content the source already ran the engine's byte prefilter on, which found no marker of any
   * rule: counted as scanned (`bytes` of text), never decoded. History's common case.
   */
  | { kind: 'no-marker'; bytes: number };

/**
 * The one unit every source yields (gitleaks' Fragment): a path, its content
 * or the reason it was skipped, and its origin where there is one.
 */
export type SourceUnit = {
  /** Relative to the source's root, `/` separators. */
  path: string;
  /** Tracked, staged or committed, or about to be (untracked, not ignored): `env-file-committed` fires only then. */
  committed: boolean;
  origin?: Origin;
} & ({ content: Content } | { skipped: SkipReason; note?: string });

/**
 * A scan mode (gitleaks' `sources.Source`): opening it finds its root, so
 * that the config and baseline are read (and fail fast) before any scanning;
 * `units()` then yields units in batches, each scanned together (the files
 * of a batch share the worker pool).
 */
export interface Source {
  /** Fingerprints, config globs and SARIF uris are relative to its `dir`. */
  readonly root: FileRoot;
  units(): AsyncIterable<readonly SourceUnit[]> | Iterable<readonly SourceUnit[]>;
  /** What the summary adds once the units are consumed (history: the commits read; --bundle, --pack: what was scanned). */
  summary?(): Pick<ScanSummary, 'commits' | 'scanned'>;
  /** --bundle, --pack: the artefact detector the scan stage runs instead of the engine's rules. */
  readonly detector?: ArtefactDetector;
  /** The rules this source's findings can have (reports list them); default: the engine's. */
  readonly rules?: readonly ReportRuleId[];
}

/** What a source is opened with. */
export interface SourceContext {
  options: CliOptions;
  /** The working directory, symlinks resolved. */
  cwd: string;
  /** The path arguments, resolved; none means the whole repository (or folder). */
  absolutePaths: readonly string[];
  notices: Notices;
}
