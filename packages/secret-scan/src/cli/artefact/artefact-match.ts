import type { Match } from '../../engine/scan-text.js';
import type { ReportRuleId } from './artefact-rules.js';
import type { LikelyCause } from './likely-cause.js';

/** Where the text of a finding was written, when a source map says so. */
export interface OriginalSource {
  /** Relative to the scan root with `/` separators, or the map's source as written when it is not a file (`webpack://…`). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
}

/** A match of any scan: the engine's, or an artefact scan's with what it adds. Never holds the secret. */
export interface ReportMatch extends Omit<Match, 'rule'> {
  rule: ReportRuleId;
  /** env-value-in-bundle (and a key that is also a variable's value): the variables that hold it. */
  variables?: string[];
  /** The original source, traced through a source map or read from a map's sourcesContent. */
  source?: OriginalSource;
  /** --bundle: the likely way the key got into the build. */
  cause?: LikelyCause;
  /** The fingerprint the engine gives the same key in the same file (`live-key:…`): a reviewed one covers this finding too. */
  sourceFingerprint?: string;
}
