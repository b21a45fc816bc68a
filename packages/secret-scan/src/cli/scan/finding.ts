import type { Severity } from '../../engine/rules.js';
import type { OriginalSource, ReportMatch } from '../artefact/artefact-match.js';
import type { ReportRuleId } from '../artefact/artefact-rules.js';
import type { LikelyCause } from '../artefact/likely-cause.js';
import type { KeyEnvironment } from '@optimocms/auth-types';
import type { InlineSuppression } from '../../engine/scan-text.js';
import type { Verification } from '../verify/verification.js';

/** A reported finding: a Match placed in a file (and, for history scans, a commit). Never holds the secret. */
export interface Finding {
  rule: ReportRuleId;
  /** Relative to the working directory, `/` separators: what every output shows. */
  file: string;
  /** Relative to the scan root (repository top level): SARIF uris and config globs use it. */
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Redacted. */
  secret: string;
  fingerprint: string;
  /** `note`: --verify found the key dead (401): still in the text, no longer a risk. */
  severity: Severity | 'note';
  environment?: KeyEnvironment;
  /** History scans: the commit that added the line, and its author date (ISO 8601). */
  commit?: string;
  authorDate?: string;
  /** --bundle: the variables whose value this is. */
  variables?: string[];
  /** --bundle, --pack: the original source, through a source map. */
  source?: OriginalSource;
  /** --bundle: the likely way the key got into the build. */
  cause?: LikelyCause;
  /** --pack: the engine's fingerprint of the same key in the same file; a reviewed one in the config covers this finding. */
  sourceFingerprint?: string;
  /** --verify: what the API said of the key. */
  verification?: Verification;
  /** --verify: an active key that an inline marker, the config allowlist or the baseline would have hidden. */
  ignoredBy?: 'inline' | 'config' | 'baseline';
  /** Environment rules: the place of the finding, as reports name it. */
  place?: string;
  /** Environment rules: why, in one sentence. */
  detail?: string;
  /** key-reused-across-environments: the place the key was first used. */
  related?: RelatedLocation;
  /** The inline marker that covers this finding (the engine's keepSuppressed): suppressed unless --no-inline-allow. */
  suppressed?: InlineSuppression;
}

/** The other place of a finding that involves two (`key-reused-across-environments`). */
export interface RelatedLocation extends Pick<Finding, 'file' | 'path' | 'line' | 'column' | 'endLine' | 'endColumn'> {
  /** The place as reports name it (`.env.development`, `.github/workflows/ci.yml job deploy (environment production)`). */
  place: string;
}

export interface FindingOrigin {
  file: string;
  path: string;
  commit?: string;
  authorDate?: string;
}

export function toFinding(match: ReportMatch, origin: FindingOrigin): Finding {
  return {
    rule: match.rule,
    file: origin.file,
    path: origin.path,
    line: match.line,
    column: match.column,
    endLine: match.endLine,
    endColumn: match.endColumn,
    secret: match.secret,
    fingerprint: match.fingerprint,
    severity: match.severity,
    ...(match.environment ? { environment: match.environment } : {}),
    ...(origin.commit ? { commit: origin.commit } : {}),
    ...(origin.authorDate ? { authorDate: origin.authorDate } : {}),
    ...(match.variables ? { variables: match.variables } : {}),
    ...(match.source ? { source: match.source } : {}),
    ...(match.cause ? { cause: match.cause } : {}),
    ...(match.sourceFingerprint ? { sourceFingerprint: match.sourceFingerprint } : {}),
    ...(match.suppressed ? { suppressed: match.suppressed } : {}),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Deterministic order: file, line, column, rule, then commit. Code-unit order, not locale order, so every machine agrees. */
export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.commit ?? '', b.commit ?? '');
}
