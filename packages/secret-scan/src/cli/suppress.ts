import type { ScanConfig } from './config-file.js';
import type { Finding } from './finding.js';

export interface Suppressed {
  /** Findings left to report. */
  findings: Finding[];
  /** What the config allowlist left (before the baseline): what --write-baseline records. */
  afterConfig: Finding[];
  config: number;
  baseline: number;
}

/**
 * The suppression stages after the engine's own (placeholders, inline allow
 * markers): the config allowlist (path globs, then fingerprints), then the
 * baseline. Matching is by fingerprint, which carries no line number, so
 * moved lines stay suppressed.
 */
export async function suppress(findings: readonly Finding[], config: ScanConfig, baseline: ReadonlySet<string> | undefined): Promise<Suppressed> {
  const { paths, fingerprints } = config.allowlist;
  let isAllowedPath = (_path: string) => false;
  // picomatch is loaded only when a config lists paths: the pre-commit hot path stays small.
  if (paths.length > 0) isAllowedPath = (await import('./path-allowlist.js')).pathAllowlist(paths);
  const allowedFingerprints = new Set(fingerprints);
  const afterConfig = findings.filter((finding) => !allowedFingerprints.has(finding.fingerprint) && !isAllowedPath(finding.path));
  const kept = baseline ? afterConfig.filter((finding) => !baseline.has(finding.fingerprint)) : afterConfig;
  return { findings: kept, afterConfig, config: findings.length - afterConfig.length, baseline: afterConfig.length - kept.length };
}
