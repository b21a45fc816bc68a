import { hashSecret } from '../../engine/redact.js';
import { RULE_IDS, RULES } from '../../engine/rules.js';
import type { Finding } from '../scan/finding.js';
import type { ScanReport } from './scan-summary.js';
import { packageVersion } from '../version.js';

export const INFORMATION_URI = 'https://github.com/optimocms/optimocms-guard/tree/main/packages/secret-scan#readme';
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
// GitHub code scanning ranks alerts by this (0-10): a leaked credential is critical, an unknown-format literal high.
const SECURITY_SEVERITY = { error: '9.0', warning: '7.0' } as const;

function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function sarifRule(id: (typeof RULE_IDS)[number]) {
  const rule = RULES[id];
  return {
    id,
    name: id.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.shortDescription },
    fullDescription: { text: rule.fullDescription },
    help: { text: rule.help, markdown: `**${rule.shortDescription}.** ${rule.help}\n\nSee [optimocms-scan](${INFORMATION_URI}).` },
    defaultConfiguration: { level: rule.severity },
    properties: { tags: ['security', 'secret', 'external/cwe/cwe-798'], precision: 'very-high', 'security-severity': SECURITY_SEVERITY[rule.severity] },
  };
}

/**
 * GitHub reads only `primaryLocationLineHash` to match alerts between runs.
 * Ours comes from the stable fingerprint (rule, file, secret hash; no line),
 * plus the occurrence number when the same secret repeats in a file.
 */
function lineHashes(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = `${finding.fingerprint}\0${finding.commit ?? ''}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${hashSecret(finding.fingerprint).slice(0, 16)}:${occurrence}`;
  });
}

/** SARIF 2.1.0 for GitHub code scanning and other viewers. Messages carry only redacted secrets. */
export function formatSarif(report: ScanReport): string {
  const hashes = lineHashes(report.findings);
  const version = packageVersion();
  const sarif = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'optimocms-scan',
            informationUri: INFORMATION_URI,
            version,
            semanticVersion: version,
            rules: RULE_IDS.map(sarifRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((finding, index) => ({
          ruleId: finding.rule,
          ruleIndex: RULE_IDS.indexOf(finding.rule),
          level: finding.severity,
          message: { text: `${RULES[finding.rule].shortDescription}: ${finding.secret}${finding.commit ? ` (added in commit ${finding.commit.slice(0, 12)})` : ''}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(finding.path), uriBaseId: '%SRCROOT%' },
                region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
              },
            },
          ],
          partialFingerprints: { primaryLocationLineHash: hashes[index] as string, 'optimocmsFingerprint/v1': finding.fingerprint },
          ...(finding.commit ? { properties: { commit: finding.commit, authorDate: finding.authorDate } } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
