import type { Finding } from '../scan/finding.js';
import type { Suppressed } from '../suppress/suppress.js';
import { applyVerification } from './apply-verification.js';
import { KeyCapture } from './key-capture.js';
import type { ReadOptions } from '../scan/read-source-file.js';
import { verifySettings } from './verify-settings.js';
import type { VerifyOptions } from './verify-keys.js';

/** `--verify` as the pipeline sees it: a capture fed during the scan, then one step after suppression. */
export interface VerifyStep {
  capture: KeyCapture;
  settings: VerifyOptions;
}

/** Reads the settings (a bad OPTIMOCMS_API_URL stops here, before any scanning) and opens the capture. */
export function openVerify(env: NodeJS.ProcessEnv, read: ReadOptions): VerifyStep {
  return { capture: new KeyCapture(read), settings: verifySettings(env) };
}

/** Checks the keys, says on stderr what was checked where, and returns the findings to report. */
export async function runVerify(step: VerifyStep, all: readonly Finding[], suppressed: Suppressed, say: (line: string) => void): Promise<{ findings: Finding[]; isRevealed: (finding: Finding) => boolean; counts: { active: number; invalid: number; unknown: number; revealed: number } }> {
  const verified = await applyVerification({ all, afterConfig: suppressed.afterConfig, reported: suppressed.findings, capture: step.capture, settings: step.settings });
  const { active, invalid, unknown } = verified.counts;
  const total = active + invalid + unknown;
  say(`optimocms-scan: verified ${total} key${total === 1 ? '' : 's'} with ${step.settings.baseUrl.origin}: ${active} active, ${invalid} invalid, ${unknown} unknown\n`);
  if (verified.revealed > 0) say(`optimocms-scan: ${verified.revealed} finding${verified.revealed === 1 ? '' : 's'} of an active key reported although ignored (inline marker, config or baseline): an ignore never hides a working key\n`);
  return { findings: verified.findings, isRevealed: verified.isRevealed, counts: { ...verified.counts, revealed: verified.revealed } };
}
