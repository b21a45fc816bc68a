import type { Match } from '../../engine/scan-text.js';
import type { RuleId, Severity } from '../../engine/rules.js';
import type { KeyEnvironment } from '@optimocms/auth-types';

/** A reported finding: a Match placed in a file (and, for history scans, a commit). Never holds the secret. */
export interface Finding {
  rule: RuleId;
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
  severity: Severity;
  environment?: KeyEnvironment;
  /** History scans: the commit that added the line, and its author date (ISO 8601). */
  commit?: string;
  authorDate?: string;
}

export interface FindingOrigin {
  file: string;
  path: string;
  commit?: string;
  authorDate?: string;
}

export function toFinding(match: Match, origin: FindingOrigin): Finding {
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
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Deterministic order: file, line, column, rule, then commit. Code-unit order, not locale order, so every machine agrees. */
export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.commit ?? '', b.commit ?? '');
}
