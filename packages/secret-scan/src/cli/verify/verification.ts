import type { Scope, TierId } from '@optimocms/auth-types';

/** active: the API accepted the key (200, or 403 for a missing scope); invalid: 401; unknown: no usable answer. */
export type VerificationStatus = 'active' | 'invalid' | 'unknown';

/** What `--verify` learnt about one key. Holds no part of the key. */
export interface Verification {
  status: VerificationStatus;
  /** From `X-RateLimit-Limit` on a 200, when it names a tier. */
  tier?: TierId;
  /** From a 403 FORBIDDEN message: the scope the key lacks for the check request. */
  missingScope?: Scope;
  /** ISO 8601: when the answer came (or the attempt ended). */
  checkedAt: string;
  /** unknown: why (a timeout, a network error, an unexpected status). */
  reason?: string;
}
