import { compareFindings, type Finding } from '../scan/finding.js';
import type { KeyCapture } from './key-capture.js';
import { keyIdOf } from './key-id.js';
import type { Verification, VerificationStatus } from './verification.js';
import { verifyKeys, type VerifyOptions } from './verify-keys.js';

export interface VerifyInputs {
  /** Every finding detected, those an inline marker covers included (the engine returns them marked `suppressed`). */
  all: readonly Finding[];
  /** What the config allowlist left. */
  afterConfig: readonly Finding[];
  /** What is reported. */
  reported: readonly Finding[];
  capture: KeyCapture;
  settings: VerifyOptions;
}

export interface Verified {
  findings: Finding[];
  /** True for a finding (as a suppression stage listed it) that is now reported because its key is active. */
  isRevealed: (finding: Finding) => boolean;
  /** Active keys an ignore would have hidden, now reported. */
  revealed: number;
  counts: Record<VerificationStatus, number>;
}

// By place, not identity: a stage may copy a finding (--no-inline-allow drops the marker from each).
const placeOf = (finding: Finding) => `${finding.fingerprint}\0${finding.commit ?? ''}\0${finding.line}:${finding.column}`;

/** A finding an inline marker covers, as the engine returns it: reported as `inline` if its key is active. */
const isInlineMarked = (finding: Finding) => finding.suppressed !== undefined;

function annotate(finding: Finding, verification: Verification | undefined, ignoredBy?: Finding['ignoredBy']): Finding {
  if (verification === undefined) return finding;
  // A dead key is still in the file or history, but no longer a risk: low severity.
  const severity = verification.status === 'invalid' ? 'note' : finding.severity;
  // Reported now: the marker that covered it is told by `ignoredBy`, not kept as a suppression.
  const { suppressed: _marker, ...rest } = finding;
  return { ...rest, severity, verification, ...(ignoredBy ? { ignoredBy } : {}) };
}

/**
 * `--verify` after suppression: checks each distinct key once, annotates the
 * reported key findings, and brings back the key findings an inline marker,
 * the config allowlist or the baseline hid when their key is active.
 */
export async function applyVerification({ all, afterConfig, reported, capture, settings }: VerifyInputs): Promise<Verified> {
  const hidden = all.filter(isInlineMarked);
  const ids = new Set(all.map(keyIdOf).filter((id) => id !== undefined));
  const keys = capture.take(ids);
  const results = await verifyKeys(keys, settings);
  keys.clear();
  const checkedAt = new Date().toISOString();
  for (const id of ids) if (!results.has(id)) results.set(id, { status: 'unknown', reason: 'key not readable again for verification', checkedAt });
  const verificationOf = (finding: Finding) => {
    const id = keyIdOf(finding);
    return id === undefined ? undefined : results.get(id);
  };
  const shown = new Set(reported.map(placeOf));
  const passedConfig = new Set(afterConfig.map(placeOf));
  const findings = reported.map((finding) => annotate(finding, verificationOf(finding)));
  const isActive = (finding: Finding) => verificationOf(finding)?.status === 'active';
  const revived = [
    ...all.filter((finding) => !isInlineMarked(finding) && !shown.has(placeOf(finding)) && isActive(finding)).map((finding) => annotate(finding, verificationOf(finding), passedConfig.has(placeOf(finding)) ? 'baseline' : 'config')),
    ...hidden.filter((finding) => !shown.has(placeOf(finding)) && isActive(finding)).map((finding) => annotate(finding, verificationOf(finding), 'inline')),
  ];
  const counts: Record<VerificationStatus, number> = { active: 0, invalid: 0, unknown: 0 };
  for (const verification of results.values()) counts[verification.status]++;
  const revealed = new Set(revived.map(placeOf));
  return { findings: [...findings, ...revived].sort(compareFindings), isRevealed: (finding) => revealed.has(placeOf(finding)), revealed: revived.length, counts };
}
