// The library: the same two commands as the CLI, as functions that return their reports.
export { runEnvKeys, type EnvKeysOptions, type EnvKeysReport, type ChangedFile, type VariableReport, type EnvFileReport } from './env-keys/run-env-keys.js';
export type { ManualItem, ManualKind, FileError, ReportedEdit, SiteKind } from './env-keys/types.js';
export { assignEnvVarNames, type DistinctSecret, type Naming, type NamingInput } from './env-keys/env-var-names.js';
export { runScopes, type ScopesOptions, type ScopesReport, type UnmappedCall } from './scopes/run-scopes.js';
export type { KeyUsage, KeyComparison, CallSite } from './scopes/compare-keys.js';
export type { DeclaredKey } from './scopes/declared-keys.js';
export { CodemodError } from './codemod-error.js';
