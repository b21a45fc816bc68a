import type { Finding } from '../scan/finding.js';
import type { SkipCounts } from '../scan/scan-collector.js';
import type { ReportRuleId } from '../artefact/artefact-rules.js';
import type { SuppressedFinding } from '../suppress/suppressed-finding.js';

/** The JSON report's `summary`; `files`, `bytes`, `findings`, `durationMs` are the contract, the rest is additive. */
export interface ScanSummary {
  files: number;
  bytes: number;
  findings: number;
  durationMs: number;
  skipped: SkipCounts;
  /** `inline`: findings an inline marker covers (absent when --no-inline-allow or none). */
  suppressed: { config: number; baseline: number; inline?: number };
  /** History scans: commits read. */
  commits?: number;
  /** --verify: distinct keys by what the API said, and the findings of active keys reported although an ignore covered them. */
  verified?: { active: number; invalid: number; unknown: number; revealed: number };
  /** --bundle: the key variables looked for (names only, never values) and the folders scanned; --pack: the packages. */
  scanned?: { folders?: string[]; packages?: string[]; variables?: string[] };
}

/** Everything a report format needs. */
export interface ScanReport {
  findings: Finding[];
  /** The rules the scan ran (SARIF lists them); default: the engine's. */
  rules?: readonly ReportRuleId[];
  summary: ScanSummary;
  /** What inline markers, the config and the baseline hid: SARIF lists them as suppressed results. */
  suppressed?: SuppressedFinding[];
}
