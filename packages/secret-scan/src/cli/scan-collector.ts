import type { Match } from '../engine/scan-text.js';
import { toFinding, type Finding, type FindingOrigin } from './finding.js';
import type { FileOutcome, SkipReason } from './source-file.js';

export type SkipCounts = Record<SkipReason, number>;

/** Gathers what every source produces: findings, counts of scanned and skipped files, notes for the user. */
export class ScanCollector {
  readonly findings: Finding[] = [];
  files = 0;
  bytes = 0;
  readonly skipped: SkipCounts = { binary: 0, tooLarge: 0, symlink: 0, unreadable: 0 };

  constructor(private readonly notice: (file: string, message: string) => void) {}

  add(origin: FindingOrigin, outcome: FileOutcome, adjust?: (match: Match) => Match): void {
    if (outcome.kind === 'absent') return;
    if (outcome.note) this.notice(origin.file, outcome.note);
    if (outcome.kind === 'skipped') {
      this.skipped[outcome.reason]++;
      return;
    }
    this.files++;
    this.bytes += outcome.bytes;
    for (const match of outcome.matches) this.findings.push(toFinding(adjust ? adjust(match) : match, origin));
  }
}
