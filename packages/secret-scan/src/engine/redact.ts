import { createHash } from 'node:crypto';
import { KEY_PREFIXES } from '@optimocms/auth-types';

/** Characters of the body shown after the prefix. */
const VISIBLE = 4;

/**
 * The one form in which a secret may be shown: its prefix plus the first 4
 * characters of the body, then `…` (`optimo_live_abc1…`). Values without a
 * known prefix show their first 4 characters.
 */
export function redact(secret: string): string {
  const prefix = Object.values(KEY_PREFIXES).find((candidate) => secret.startsWith(candidate)) ?? '';
  const body = secret.slice(prefix.length);
  // Never reveal more than a third of a short value.
  const visible = Math.min(VISIBLE, Math.floor(body.length / 3));
  return `${prefix}${body.slice(0, visible)}…`;
}

/** SHA-256 of a secret, hex: stored in baselines instead of the secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * A fingerprint that survives lines moving: rule, file and a hash of the
 * secret, but no line number (unlike gitleaks' `file:rule:line`). Any rule
 * of a report (the CLI's artefact and run rules too), so that baselines and
 * allowlists match one format.
 */
export function fingerprint(rule: string, file: string, secret: string): string {
  return `${rule}:${file}:${hashSecret(secret).slice(0, 16)}`;
}

/** The fingerprint of the same secret in the same file under another rule (`live-key:a.js:…` → `key-in-bundle:a.js:…`): for a finding the engine's becomes. */
export function fingerprintAs(rule: string, of: string): string {
  return `${rule}${of.slice(of.indexOf(':'))}`;
}

/** The secret's part of a fingerprint: the same secret has the same one under every rule and in every file. */
export function fingerprintHash(of: string): string {
  return of.slice(of.lastIndexOf(':') + 1);
}
