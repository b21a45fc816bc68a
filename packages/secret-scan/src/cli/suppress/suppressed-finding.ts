import type { Finding } from '../scan/finding.js';

/**
 * A finding that a suppression stage hid, and why: SARIF lists it with a
 * `suppressions` entry (`inSource` for an inline marker, `external` for the
 * config and the baseline), so code scanning shows it as suppressed.
 */
export interface SuppressedFinding {
  finding: Finding;
  by: 'inline' | 'config' | 'baseline';
  /** The reason written after an inline marker, or the config or baseline file that lists it. */
  justification?: string;
}
