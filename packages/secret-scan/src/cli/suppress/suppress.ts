import type { FileRoot } from '../../cli-kit/file-root.js';
import type { Finding } from '../scan/finding.js';
import { loadConfig, type ScanConfig } from './config-file.js';
import type { SuppressedFinding } from './suppressed-finding.js';

/** What suppression needs, read before any scanning so that a bad config or baseline fails fast. */
export interface SuppressionInputs {
  config: ScanConfig;
  baseline: ReadonlySet<string> | undefined;
  /** The baseline file as given, for the justification SARIF shows. */
  baselineFile?: string;
}

/** `warn` takes the notes that do not stop a scan (an unrelated root package.json that cannot be parsed). */
export async function loadSuppression(options: { config?: string; baseline?: string }, root: FileRoot, cwd: string, warn?: (file: string, message: string) => void): Promise<SuppressionInputs> {
  const config = loadConfig(options.config, root.dir, cwd, warn);
  if (options.baseline === undefined) return { config, baseline: undefined };
  const { readBaseline } = await import('./baseline-file.js');
  return { config, baseline: readBaseline(options.baseline, cwd), baselineFile: options.baseline };
}

export interface Suppressed {
  /** Findings left to report. */
  findings: Finding[];
  /** What the config allowlist left (before the baseline): what --write-baseline records. */
  afterConfig: Finding[];
  config: number;
  baseline: number;
  /** What the config and the baseline hid, with the file that hid it. */
  hidden: SuppressedFinding[];
}

/**
 * The suppression stages after the engine's own (placeholders, inline allow
 * markers): the config allowlist (path globs, then fingerprints), then the
 * baseline. Matching is by fingerprint, which carries no line number, so
 * moved lines stay suppressed.
 */
export async function suppress(findings: readonly Finding[], { config, baseline, baselineFile }: SuppressionInputs): Promise<Suppressed> {
  const { paths, fingerprints } = config.allowlist;
  let isAllowedPath = (_path: string) => false;
  // picomatch is loaded only when a config lists paths: the pre-commit hot path stays small.
  if (paths.length > 0) isAllowedPath = (await import('./path-allowlist.js')).pathAllowlist(paths);
  const allowedFingerprints = new Set(fingerprints);
  // An artefact finding is also covered by the engine's fingerprint of the same key in the same file (a reviewed README example).
  const afterConfig = findings.filter((finding) => !allowedFingerprints.has(finding.fingerprint) && !(finding.sourceFingerprint !== undefined && allowedFingerprints.has(finding.sourceFingerprint)) && !isAllowedPath(finding.path));
  const kept = baseline ? afterConfig.filter((finding) => !baseline.has(finding.fingerprint)) : afterConfig;
  const keptSet = new Set(kept);
  const afterConfigSet = new Set(afterConfig);
  const hidden = findings
    .filter((finding) => !keptSet.has(finding))
    .map((finding): SuppressedFinding => (afterConfigSet.has(finding) ? { finding, by: 'baseline', justification: `accepted in baseline ${baselineFile ?? ''}`.trimEnd() } : { finding, by: 'config', justification: `allowlisted in ${config.source ?? 'the config'}` }));
  return { findings: kept, afterConfig, config: findings.length - afterConfig.length, baseline: afterConfig.length - kept.length, hidden };
}
