import type { KeyEnvironment } from '@optimocms/auth-types';

/** Where a migrated secret sat, which decides the label in reports and whether TypeScript gets `!`. */
export type SiteKind =
  | 'sdk-api-key'
  | 'api-key-header'
  | 'variable'
  | 'class-field'
  | 'default-parameter'
  | 'property'
  | 'argument'
  | 'conditional'
  | 'string-part'
  | 'other';

/** Why a key was left for a human. */
export type ManualKind =
  | 'client-module'
  | 'env-binding'
  | 'handoff'
  | 'comment'
  | 'non-code-file'
  | 'dotenv-file'
  | 'unsupported-position'
  | 'unsupported-value'
  | 'unsupported-file'
  | 'symbolic-link';

/** A key the codemod does not move, with the step a human must take. Never holds the secret. */
export interface ManualItem {
  file: string;
  line: number;
  column: number;
  kind: ManualKind;
  /** Redacted: prefix and the first 4 characters of the body. */
  secret: string;
  message: string;
  step: string;
}

export type { FileError } from '../ast/file-error.js';

/** One secret written in code, to be replaced by an env var reference. Holds the secret: never print `value`. */
export interface SecretSite {
  file: string;
  /** 0-based offsets of the secret in the file's text. */
  start: number;
  end: number;
  line: number;
  column: number;
  value: string;
  environment: KeyEnvironment | undefined;
  kind: SiteKind;
}

/** An edit as reported: where, what kind, which variable; the secret redacted. */
export interface ReportedEdit {
  line: number;
  column: number;
  kind: SiteKind;
  variable: string;
  secret: string;
}
