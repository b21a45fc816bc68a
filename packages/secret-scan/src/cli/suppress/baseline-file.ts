import { resolve } from 'node:path';
import { writeFileAtomic } from '../../cli-kit/atomic-write.js';
import { CliError } from '../../cli-kit/cli-error.js';
import { compareFindings, type Finding } from '../scan/finding.js';
import { isRecord, readJsonFile } from './json-file.js';

/** One recorded finding: where it was and its fingerprint. Never the secret, not even redacted. */
export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  file: string;
  line: number;
  commit?: string;
}

/**
 * Reads the fingerprints a baseline lists. Accepts our baseline file and our
 * JSON report alike (both are `{ "findings": [{ "fingerprint", … }] }`), or a
 * bare array of such entries.
 */
export function readBaseline(file: string, cwd: string): Set<string> {
  const label = `baseline ${file}`;
  const parsed = readJsonFile(resolve(cwd, file), label);
  const entries = Array.isArray(parsed) ? parsed : isRecord(parsed) ? parsed['findings'] : undefined;
  const field = Array.isArray(parsed) ? '' : 'findings';
  if (!Array.isArray(entries)) throw new CliError(`${label}: expected { "findings": [ … ] } as written by --write-baseline or --format json`);
  const fingerprints = new Set<string>();
  entries.forEach((entry: unknown, index) => {
    const fingerprint = isRecord(entry) ? entry['fingerprint'] : undefined;
    if (typeof fingerprint !== 'string' || fingerprint === '') throw new CliError(`${label}: "${field}[${index}].fingerprint" must be a non-empty string`);
    fingerprints.add(fingerprint);
  });
  return fingerprints;
}

/** Writes the current findings as a baseline, sorted so that it diffs well in review. */
export function writeBaseline(file: string, cwd: string, findings: readonly Finding[], version: string): number {
  const unique = new Map<string, BaselineEntry>();
  for (const finding of [...findings].sort(compareFindings)) {
    if (unique.has(finding.fingerprint)) continue;
    unique.set(finding.fingerprint, {
      fingerprint: finding.fingerprint,
      rule: finding.rule,
      file: finding.file,
      line: finding.line,
      ...(finding.commit ? { commit: finding.commit } : {}),
    });
  }
  const content = { generatedBy: `optimocms-scan ${version}`, findings: [...unique.values()] };
  writeFileAtomic(resolve(cwd, file), `${JSON.stringify(content, null, 2)}\n`);
  return unique.size;
}
