import { hashSecret } from '../../engine/redact.js';
import { REPORT_RULES, SCAN_RULE_IDS, type ReportRuleId } from '../artefact/artefact-rules.js';
import type { Finding } from '../scan/finding.js';
import type { SuppressedFinding } from '../suppress/suppressed-finding.js';
import type { ScanReport } from './scan-summary.js';
import { packageVersion } from '../version.js';
import { verificationSuffix } from '../verify/verification-text.js';

export const INFORMATION_URI = 'https://github.com/optimocms/optimocms-guard/tree/main/packages/secret-scan#readme';
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
// GitHub code scanning ranks alerts by this (0-10): a leaked credential is critical, an unknown-format literal high.
const SECURITY_SEVERITY = { error: '9.0', warning: '7.0' } as const;

function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function sarifRule(id: ReportRuleId) {
  const rule = REPORT_RULES[id];
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

function physicalLocation(path: string, region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number }) {
  return { physicalLocation: { artifactLocation: { uri: uri(path), uriBaseId: '%SRCROOT%' }, region } };
}

/** A source inside the repository (not `../…`, not `webpack://…`): a location code scanning can show. */
function isRepositoryPath(file: string): boolean {
  return !file.startsWith('../') && !file.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(file);
}

/**
 * Where a result points: the original source when a source map gave one in
 * the repository (the build output is a related location), else the file.
 */
function artefactLocations(finding: Finding) {
  const file = physicalLocation(finding.path, { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn });
  const source = finding.source;
  if (source === undefined) return { locations: [file] };
  const original = physicalLocation(source.file, { startLine: source.line, startColumn: source.column });
  if (!isRepositoryPath(source.file)) return { locations: [file], relatedLocations: [{ id: 1, ...original, message: { text: 'original source (from the source map)' } }] };
  return { locations: [original], relatedLocations: [{ id: 1, ...file, message: { text: 'where it ships (build output)' } }] };
}

/** key-reused-across-environments: the place the key was first used, as a related location. */
function relatedPlace(finding: Finding) {
  const related = finding.related;
  if (related === undefined) return {};
  const region = { startLine: related.line, startColumn: related.column, endLine: related.endLine, endColumn: related.endColumn };
  return { relatedLocations: [{ id: 1, ...physicalLocation(related.path, region), message: { text: `the same key, first used here: ${related.place}` } }] };
}

/**
 * A suppressed finding stays in the log with a SARIF `suppressions` entry:
 * `inSource` for an inline marker (its reason as the justification),
 * `external` for the config allowlist and the baseline.
 */
function suppressions(hidden: SuppressedFinding) {
  const kind = hidden.by === 'inline' ? 'inSource' : 'external';
  return { suppressions: [{ kind, status: 'accepted', ...(hidden.justification === undefined ? {} : { justification: hidden.justification }) }] };
}

function artefactMessage(finding: Finding): string {
  const parts = [finding.source ? ` in ${finding.path}:${finding.line}:${finding.column}, from ${finding.source.file}:${finding.source.line}:${finding.source.column}` : '', finding.cause ? `. Likely cause: ${finding.cause.text}` : ''];
  return parts.join('');
}

/** SARIF 2.1.0 for GitHub code scanning and other viewers. Messages carry only redacted secrets. */
export function formatSarif(report: ScanReport): string {
  const entries: { finding: Finding; hidden?: SuppressedFinding }[] = [...report.findings.map((finding) => ({ finding })), ...(report.suppressed ?? []).map((hidden) => ({ finding: hidden.finding, hidden }))];
  const hashes = lineHashes(entries.map(({ finding }) => finding));
  const ruleIds = report.rules ?? SCAN_RULE_IDS;
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
            rules: ruleIds.map(sarifRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: entries.map(({ finding, hidden }, index) => ({
          ruleId: finding.rule,
          ruleIndex: ruleIds.indexOf(finding.rule),
          level: finding.severity,
          message: { text: `${REPORT_RULES[finding.rule].shortDescription}: ${finding.secret}${finding.commit ? ` (added in commit ${finding.commit.slice(0, 12)})` : ''}${artefactMessage(finding)}${finding.detail ? `. ${finding.detail}` : ''}${finding.verification ? `. ${verificationSuffix(finding)}` : ''}` },
          ...artefactLocations(finding),
          ...relatedPlace(finding),
          ...(hidden ? suppressions(hidden) : {}),
          partialFingerprints: { primaryLocationLineHash: hashes[index] as string, 'optimocmsFingerprint/v1': finding.fingerprint },
          ...(finding.commit ? { properties: { commit: finding.commit, authorDate: finding.authorDate } } : {}),
          ...(finding.variables || finding.cause ? { properties: { ...(finding.variables ? { variables: finding.variables } : {}), ...(finding.cause ? { likelyCause: finding.cause.kind } : {}) } } : {}),
          // --verify: the verdict beside the commit (only plain, --staged and --history scans verify, so no artefact properties are lost).
          ...(finding.verification ? { properties: { ...(finding.commit ? { commit: finding.commit, authorDate: finding.authorDate } : {}), verification: finding.verification, ...(finding.ignoredBy ? { ignoredBy: finding.ignoredBy } : {}) } } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
