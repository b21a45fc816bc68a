import { hashSecret } from '../../engine/redact.js';
import type { Finding } from '../scan/finding.js';

/** The rules whose secret is a whole key token: the ones an inventory lists and `--verify` can check. */
export const KEY_RULES: ReadonlySet<string> = new Set(['live-key', 'sandbox-key']);

/**
 * The key a finding is about: the 16 hex digits of its fingerprint (a hash of
 * the key, the same in every file and commit), or `undefined` for findings
 * that are not a key token.
 */
export function keyIdOf(finding: Pick<Finding, 'rule' | 'fingerprint'>): string | undefined {
  return KEY_RULES.has(finding.rule) ? finding.fingerprint.slice(-16) : undefined;
}

/** The id of a raw key: the same 16 hex digits {@link keyIdOf} reads from a finding's fingerprint. */
export function keyIdOfSecret(key: string): string {
  return hashSecret(key).slice(0, 16);
}
