import type { KeyEnvironment } from '@optimocms/auth-types';
import type { Verification } from '../verify/verification.js';
import type { Exposure, KeyAction } from './actions.js';

/** One place a key was seen: a commit (and where in it), or the index for `--staged`. */
export interface Sighting {
  commit?: string;
  /** ISO 8601 author date of the commit. */
  authorDate?: string;
  file?: string;
  line?: number;
}

/** One distinct key: never the key, only its id (a hash), redacted form and history. */
export interface InventoryRow {
  /** The 16 hex digits every fingerprint of this key ends with. */
  key: string;
  /** Redacted: prefix plus 4 characters. */
  secret: string;
  environment: KeyEnvironment;
  firstSeen: Sighting;
  lastSeen: Sighting;
  /** Commits that added it (in the range scanned). */
  commits: number;
  files: string[];
  /** Still in a file of HEAD's tree. */
  inHead: boolean;
  exposure: Exposure;
  /** pushed: a few remote-tracking branches or tags that contain it. */
  pushedIn?: string[];
  /** Days since it was first seen (its first commit's author date). */
  ageDays: number;
  rotationOverdue: boolean;
  action: KeyAction;
  verification?: Verification;
}

/** The inventory report. */
export interface Inventory {
  keys: InventoryRow[];
  summary: {
    keys: number;
    needAction: number;
    pushed: number;
    local: number;
    staged: number;
    overdue: number;
    rotationPeriodDays: number;
    /** Findings that are not a key token (a committed .env, a public env name): see the plain scan. */
    otherFindings: number;
  };
  generatedAt: string;
}
