export { scanText, type Match, type ScanOptions } from './scan-text.js';
export { findKeyTokens, type KeyToken } from './key-tokens.js';
export { isPlaceholder } from './placeholder.js';
export { redact, fingerprint, hashSecret } from './redact.js';
export { RULES, RULE_IDS, type RuleId, type RuleMeta, type Severity } from './rules.js';
export { INLINE_ALLOW_MARKERS, hasInlineAllow } from './inline-allow.js';
export { isDotenvFile, isCodeFile } from './assignment-rules.js';
export { LineLocator, type Position } from './positions.js';
export { moduleKind, directivesOf, type ModuleKind, type ModuleKindOptions } from './module-kind.js';
