import type { Finding } from '../scan/finding.js';
import type { ScanReport } from './scan-summary.js';

/** The JSON shape of one finding: the documented fields, in a stable order; `path` (root-relative) stays internal. */
function jsonFinding(finding: Finding): Record<string, unknown> {
  return {
    rule: finding.rule,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    secret: finding.secret,
    fingerprint: finding.fingerprint,
    severity: finding.severity,
    ...(finding.environment ? { environment: finding.environment } : {}),
    ...(finding.commit ? { commit: finding.commit } : {}),
    ...(finding.authorDate ? { authorDate: finding.authorDate } : {}),
    ...(finding.variables ? { variables: finding.variables } : {}),
    ...(finding.source ? { source: finding.source } : {}),
    ...(finding.cause ? { cause: finding.cause } : {}),
    ...(finding.verification ? { verification: finding.verification } : {}),
    ...(finding.ignoredBy ? { ignoredBy: finding.ignoredBy } : {}),
    ...(finding.place ? { place: finding.place } : {}),
    ...(finding.detail ? { detail: finding.detail } : {}),
    ...(finding.related ? { related: { file: finding.related.file, line: finding.related.line, column: finding.related.column, endLine: finding.related.endLine, endColumn: finding.related.endColumn, place: finding.related.place } } : {}),
  };
}

/** `{ findings, summary, suppressed? }`: also readable as a baseline by --baseline (which reads `findings` only). */
export function formatJson(report: ScanReport): string {
  // What was suppressed, and why, only when something was: the same finding fields plus `suppression`.
  const suppressed = (report.suppressed ?? []).map(({ finding, by, justification }) => ({ ...jsonFinding(finding), suppression: { by, ...(justification === undefined ? {} : { justification }) } }));
  return `${JSON.stringify({ findings: report.findings.map(jsonFinding), summary: report.summary, ...(suppressed.length > 0 ? { suppressed } : {}) }, null, 2)}\n`;
}
