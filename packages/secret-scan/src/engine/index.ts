export { scanText, type Match, type ScanOptions, type InlineSuppression } from './scan-text.js';
export { findKeyTokens, mayHoldKeyToken, type KeyToken } from './key-tokens.js';
export { mayContainFindings } from './prefilter.js';
export { isPlaceholder } from './placeholder.js';
export { redact, fingerprint, hashSecret } from './redact.js';
export { RULES, RULE_IDS, type RuleId, type RuleMeta, type Severity } from './rules.js';
export { INLINE_ALLOW_MARKERS, INLINE_ALLOW_REACH, InlineAllow, hasInlineAllow } from './inline-allow.js';
export { isDotenvFile } from './assignment-rules.js';
// Re-exported for the codemod and existing callers; the extension list is a fact of auth-types.
export { isCodeFile } from '@optimocms/auth-types';
export { LineLocator, type Position } from './positions.js';
export { moduleKind, directivesOf, type ModuleKind, type ModuleKindOptions } from './module-kind.js';
export { bytesMayContainFindings } from './byte-prefilter.js';
export {
  STAGES,
  STAGE_WORDS,
  PATH_PLACES,
  stageOfName,
  nameWords,
  expectedKeyEnvironment,
  pathPlace,
  environmentPlaces,
  isStructuredPlaceFile,
  isEnvironmentConfigFile,
  describePlace,
  type Stage,
  type PlaceKind,
  type EnvironmentPlace,
} from './environment-places.js';
export { allowReason, ALLOW_REASON_MAX_LENGTH } from './allow-reason.js';
