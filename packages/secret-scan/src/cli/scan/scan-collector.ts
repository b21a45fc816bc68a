import type { SkipReason, SourceUnit } from '../sources/source.js';
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

  /** The shown path is worked out only for units with something to say. */
  add(unit: SourceUnit, outcome: FileOutcome): void {
    if (outcome.kind === 'absent') return;
    if (outcome.note) this.notice(this.display(unit.path), outcome.note);
    if (outcome.kind === 'skipped') {
      this.skipped[outcome.reason]++;
      return;
    }
    this.files++;
    this.bytes += outcome.bytes;
    if (outcome.matches.length === 0) return;
    const origin = { file: this.display(unit.path), path: unit.path, ...unit.origin };
    for (const match of outcome.matches) this.findings.push(toFinding(match, origin));
  }
}
