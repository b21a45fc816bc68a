import type { Match } from '../engine/scan-text.js';
import { toFinding, type Finding } from './finding.js';
import type { FileOutcome, SkipReason } from './source-file.js';

export type SkipCounts = Record<SkipReason, number>;

/** Gathers what every source produces: findings, counts of scanned and skipped files, notes for the user. */
export class ScanCollector {
  readonly findings: Finding[] = [];
  files = 0;
  bytes = 0;
  readonly skipped: SkipCounts = { binary: 0, tooLarge: 0, symlink: 0, unreadable: 0 };

  /** Root-relative path → the path every output shows; set once the scan root is known. */
  display: (path: string) => string = (path) => path;

  constructor(private readonly notice: (file: string, message: string) => void) {}

  /** `path` is root-relative; the shown path is worked out only for files with something to say. */
  add(path: string, outcome: FileOutcome, commit?: { commit: string; authorDate: string }, adjust?: (match: Match) => Match): void {
    if (outcome.kind === 'absent') return;
    if (outcome.note) this.notice(this.display(path), outcome.note);
    if (outcome.kind === 'skipped') {
      this.skipped[outcome.reason]++;
      return;
    }
    this.files++;
    this.bytes += outcome.bytes;
    if (outcome.matches.length === 0) return;
    const origin = { file: this.display(path), path, ...commit };
    for (const match of outcome.matches) this.findings.push(toFinding(adjust ? adjust(match) : match, origin));
  }
}
