import type { SkipReason, SourceUnit } from '../sources/source.js';
import { mayHoldKeyToken } from '../../engine/key-tokens.js';
import { scanText } from '../../engine/scan-text.js';
import { keysInName, safeName } from '../safe-name.js';
import { toFinding, type Finding } from './finding.js';
import type { FileOutcome } from './outcome.js';

export type SkipCounts = Record<SkipReason, number>;

/** Gathers what every source's units gave: findings, counts of scanned and skipped files, notes for the user. */
export class ScanCollector {
  readonly findings: Finding[] = [];
  files = 0;
  bytes = 0;
  readonly skipped: SkipCounts = { binary: 0, tooLarge: 0, symlink: 0, unreadable: 0 };

  /**
   * @param display Root-relative path → the path every output shows (relative to the working directory).
   */
  constructor(
    private readonly notice: (file: string, message: string) => void,
    private readonly display: (path: string) => string,
  ) {}

  /** Names (a file or a folder above it) already reported for a key they hold. */
  private readonly namesWithKeys = new Set<string>();

  /** The shown path is worked out only for units with something to say. */
  add(unit: SourceUnit, outcome: FileOutcome): void {
    if (outcome.kind === 'absent') return;
    // Whether the file could be read or not, its name is text that reaches every output.
    if (mayHoldKeyToken(unit.path)) this.addKeysInName(unit);
    if (outcome.note) this.notice(this.display(unit.path), outcome.note);
    if (outcome.kind === 'skipped') {
      this.skipped[outcome.reason]++;
      return;
    }
    this.files++;
    this.bytes += outcome.bytes;
    if (outcome.matches.length === 0) return;
    const path = safeName(unit.path);
    const origin = { file: this.display(path), path, ...unit.origin };
    for (const match of outcome.matches) this.findings.push(toFinding(path === unit.path ? match : { ...match, fingerprint: renamed(match.fingerprint, match.rule, unit.path, path) }, origin));
  }

  /**
   * A key in a file or folder name is a finding of its own, reported once
   * per name that holds it (the folder, not every file below it), located in
   * the name; every output shows the name redacted.
   */
  private addKeysInName(unit: SourceUnit): void {
    for (const key of keysInName(unit.path)) {
      const segmentEnd = unit.path.indexOf('/', key.end);
      const name = segmentEnd === -1 ? unit.path : unit.path.slice(0, segmentEnd);
      const shown = safeName(name);
      if (this.namesWithKeys.has(shown)) continue;
      this.namesWithKeys.add(shown);
      const origin = { file: this.display(shown), path: shown, ...unit.origin };
      this.notice(origin.file, 'the name itself holds an API key: rename it, and revoke the key');
      for (const match of scanText(name, { file: shown, rules: ['live-key', 'sandbox-key'], inlineAllow: false })) this.findings.push(toFinding(match, origin));
    }
  }
}

/** The engine's `rule:path:hash` fingerprint, under the path outputs show. */
function renamed(fingerprint: string, rule: string, raw: string, shown: string): string {
  const prefix = `${rule}:${raw}:`;
  return fingerprint.startsWith(prefix) ? `${rule}:${shown}:${fingerprint.slice(prefix.length)}` : fingerprint;
}
