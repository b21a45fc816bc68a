import { TIERS } from '@optimocms/auth-types';
import type { Verification } from './verification.js';

/** What `--verify` said, shortly, for every human format: `active (Pro)`, `active (lacks sites:read)`, `invalid`, `unknown: <why>`. */
export function verificationText(verification: Verification | undefined): string {
  if (verification === undefined) return '';
  if (verification.status === 'active') {
    const details = [verification.tier ? TIERS[verification.tier].name : undefined, verification.missingScope ? `lacks ${verification.missingScope}` : undefined].filter(Boolean);
    return details.length > 0 ? `active (${details.join(', ')})` : 'active';
  }
  if (verification.status === 'invalid') return 'invalid or revoked';
  return verification.reason ? `unknown: ${verification.reason}` : 'unknown';
}

/** The words after a finding's location: the verdict, and which ignore an active key was reported past. */
export function verificationSuffix(finding: { verification?: Verification; ignoredBy?: string }): string {
  if (finding.verification === undefined) return '';
  const ignored = finding.ignoredBy ? `, reported although ignored (${finding.ignoredBy})` : '';
  return `key ${verificationText(finding.verification)}${ignored}`;
}
