import { KEY_TOKEN, type KeyEnvironment } from '@optimocms/auth-types';
import { findKeyTokens, isPlaceholder, mayHoldKeyToken, redact } from '@optimocms/secret-scan';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** A key-shaped token that is not a placeholder, located in the source. */
export interface LocatedKey {
  environment: KeyEnvironment;
  /** The redacted form: the only form a message may show. */
  redacted: string;
  loc: TSESTree.SourceLocation;
  /** True when the string is exactly this key, so that the whole literal can be replaced. */
  whole: boolean;
}

/**
 * The keys (placeholders excluded, per the engine) in a string-bearing node:
 * a literal, a template element or JSX text. Positions come from the raw source
 * (escapes read as the characters they stand for), so the report underlines the
 * key itself, where the scanner reports it; a key the raw source hides otherwise
 * (a line continuation inside it) is found in the cooked value and reported on
 * the whole node.
 */
export function keysInNode(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, cooked: string): LocatedKey[] {
  const [start, end] = node.range;
  const raw = sourceCode.text.slice(start, end);
  // The raw source, escapes included: the engine reads `\u006fptimo_…` as the key it spells, and locates it where it is written.
  const rawTokens = mayHoldKeyToken(raw) ? findKeyTokens(raw) : [];
  if (rawTokens.length > 0) {
    return rawTokens
      .filter((token) => !isPlaceholder(token.value))
      .map((token) => ({
        environment: token.environment,
        redacted: redact(token.value),
        loc: { start: sourceCode.getLocFromIndex(start + token.start), end: sourceCode.getLocFromIndex(start + token.end) },
        whole: cooked === token.value,
      }));
  }
  if (cooked === raw || !raw.includes('\\')) return [];
  return findKeyTokens(cooked)
    .filter((token) => !isPlaceholder(token.value))
    .map((token) => ({ environment: token.environment, redacted: redact(token.value), loc: node.loc, whole: cooked === token.value }));
}

/** True when a string holds a key that is not a placeholder. */
export function containsRealKey(text: string): boolean {
  return text.includes(KEY_TOKEN.commonPrefix) && findKeyTokens(text).some((token) => !isPlaceholder(token.value));
}
