import { REPORT_RULES } from '../artefact/artefact-rules.js';
import { palette } from '../../cli-kit/colors.js';
import type { Finding } from '../scan/finding.js';
import type { ScanReport } from './scan-summary.js';
import { summaryLine } from './summary-line.js';
import { verificationSuffix } from '../verify/verification-text.js';

/**
 * Human report: findings grouped by file, one `file:line:col  rule  secret`
 * line each (clickable in terminals and editors), a hint per rule found,
 * then a one-line summary.
 */
export function formatText(report: ScanReport, color: boolean): string {
  const paint = palette(color);
  const lines: string[] = [];
  const groups = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  for (const [, findings] of groups) {
    const locations = findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}`);
    const width = Math.max(...locations.map((location) => location.length));
    const ruleWidth = Math.max(...findings.map((finding) => finding.rule.length));
    findings.forEach((finding, index) => {
      const rule = finding.severity === 'error' ? paint.red(finding.rule.padEnd(ruleWidth)) : paint.yellow(finding.rule.padEnd(ruleWidth));
      const commit = finding.commit ? paint.dim(`  ${finding.commit.slice(0, 12)} ${finding.authorDate ?? ''}`.trimEnd()) : '';
      const source = finding.source ? paint.dim(`  from ${finding.source.file}:${finding.source.line}:${finding.source.column}`) : '';
      lines.push(`${paint.bold((locations[index] as string).padEnd(width))}  ${rule}  ${finding.secret}${commit}${source}`);
      if (finding.cause) lines.push(paint.dim(`  likely cause: ${finding.cause.text}`));
      if (finding.verification) lines.push(finding.verification.status === 'active' ? paint.red(`  ${verificationSuffix(finding)}`) : paint.dim(`  ${verificationSuffix(finding)}`));
      if (finding.detail) lines.push(paint.dim(`  ${finding.detail}`));
    });
    lines.push('');
  }
  const rules = [...new Set(report.findings.map((finding) => finding.rule))].sort();
  for (const rule of rules) lines.push(paint.dim(`${rule}: ${REPORT_RULES[rule].help}`));
  if (rules.length > 0) lines.push('');
  const summary = summaryLine(report.summary, groups.size);
  lines.push(report.summary.findings === 0 ? paint.green(`✔ ${summary}`) : paint.red(`✖ ${summary}`));
  return `${lines.join('\n')}\n`;
}
