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
  };
}

/** `{ findings, summary }`: also readable as a baseline by --baseline. */
export function formatJson(report: ScanReport): string {
  return `${JSON.stringify({ findings: report.findings.map(jsonFinding), summary: report.summary }, null, 2)}\n`;
}
