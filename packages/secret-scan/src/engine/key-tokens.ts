import { KEY_PREFIXES, KEY_TOKEN, type KeyEnvironment } from '@optimocms/auth-types';
import { escapeRegExp } from './escape-regexp.js';

/** A key-shaped token found in text. Holds the secret: never print `value`, use `redact`. */
export interface KeyToken {
  /** 0-based offset of the first character of the prefix. */
  start: number;
  /** 0-based offset just after the last character of the body. */
  end: number;
  environment: KeyEnvironment;
  value: string;
}

const ENVIRONMENT_OF_PREFIX = new Map<string, KeyEnvironment>(Object.entries(KEY_PREFIXES).map(([environment, prefix]) => [prefix, environment as KeyEnvironment]));
// The whole prefixes as one alternation of literals: V8 skips through text with it
// about three times faster than `indexOf('optimo_')`, whose first letters are common.
const PREFIX = new RegExp([...ENVIRONMENT_OF_PREFIX.keys()].map(escapeRegExp).join('|'), 'g');
const BODY = new RegExp(`${KEY_TOKEN.bodyCharacterClass}{${KEY_TOKEN.bodyMinLength},}`, 'y');
const BODY_CHARACTER = new RegExp(`^${KEY_TOKEN.bodyCharacterClass}$`);
// An escape right before the prefix (`\n`, `\u0022`, `\x22`, `%22`) ends a word although its last character is alphanumeric.
const ESCAPE_BEFORE = /(?:\\[nrtbfv]|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|%[0-9a-fA-F]{2})$/;

function startsWord(text: string, start: number): boolean {
  if (start === 0) return true;
  if (!BODY_CHARACTER.test(text[start - 1] as string)) return true;
  return ESCAPE_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

/**
 * Every key-shaped token in `text` (DESIGN.md: a prefix, then at least 12
 * characters of `[A-Za-z0-9]`, with no such character on either side),
 * placeholders included. Text without a prefix costs one pass of a literal
 * search; the body is matched only after a prefix.
 */
export function findKeyTokens(text: string): KeyToken[] {
  const tokens: KeyToken[] = [];
  PREFIX.lastIndex = 0;
  for (let prefix = PREFIX.exec(text); prefix; prefix = PREFIX.exec(text)) {
    const start = prefix.index;
    if (!startsWord(text, start)) continue;
    BODY.lastIndex = PREFIX.lastIndex;
    if (!BODY.test(text)) continue;
    const end = BODY.lastIndex;
    tokens.push({ start, end, environment: ENVIRONMENT_OF_PREFIX.get(prefix[0]) as KeyEnvironment, value: text.slice(start, end) });
    PREFIX.lastIndex = end;
  }
  return tokens;
}
