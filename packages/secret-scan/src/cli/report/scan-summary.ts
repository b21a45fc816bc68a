import type { Finding } from '../scan/finding.js';
import type { SkipCounts } from '../scan/scan-collector.js';

/** The JSON report's `summary`; `files`, `bytes`, `findings`, `durationMs` are the contract, the rest is additive. */
export interface ScanSummary {
  files: number;
  bytes: number;
  findings: number;
  durationMs: number;
  skipped: SkipCounts;
  suppressed: { config: number; baseline: number };
  /** History scans: commits read. */
  commits?: number;
}

/** Everything a report format needs. */
export interface ScanReport {
  findings: Finding[];
  summary: ScanSummary;
}
