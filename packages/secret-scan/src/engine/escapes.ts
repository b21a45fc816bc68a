import { KEY_PREFIXES } from '@optimocms/auth-types';

/** Reads one UTF-16 code unit (text) or byte (a UTF-8 buffer) at an index; NaN or -1 past the end. */
export type CodeAt = (index: number) => number;

/** An escape sequence read at a backslash: the character it stands for, and where its source ends. */
export interface Escape {
  code: number;
  end: number;
}

const SINGLE_CHARACTER_ESCAPES = new Map([...'nrtbfv'].map((letter, index) => [letter.charCodeAt(0), [10, 13, 9, 8, 12, 11][index] as number]));
const U = 0x75;
const X = 0x78;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
// `\u{…}` may pad with zeros; a bound keeps the read short on hostile input and is far above any real padding.
const MAX_BRACED_DIGITS = 8;

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

function readHex(codeAt: CodeAt, from: number, digits: number): number {
  let value = 0;
  for (let at = from; at < from + digits; at++) {
    const digit = hexValue(codeAt(at));
    if (digit === -1) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/**
 * The JavaScript / JSON escape that starts with the backslash at `at`:
 * `\uXXXX`, `\u{X…}`, `\xXX`, or one of `\n \r \t \b \f \v`. Anything else
 * (`\\`, `\"`, an incomplete escape) is not read as an escape.
 */
export function decodeEscapeAt(codeAt: CodeAt, at: number): Escape | undefined {
  const kind = codeAt(at + 1);
  if (kind === U && codeAt(at + 2) === OPEN_BRACE) {
    let value = 0;
    for (let digits = 0, index = at + 3; digits <= MAX_BRACED_DIGITS; digits++, index++) {
      const code = codeAt(index);
      if (code === CLOSE_BRACE) return digits > 0 && value <= 0x10ffff ? { code: value, end: index + 1 } : undefined;
      const digit = hexValue(code);
      if (digit === -1) return undefined;
      value = value * 16 + digit;
    }
    return undefined;
  }
  if (kind === U || kind === X) {
    const digits = kind === U ? 4 : 2;
    const code = readHex(codeAt, at + 2, digits);
    return code === -1 ? undefined : { code, end: at + 2 + digits };
  }
  const single = SINGLE_CHARACTER_ESCAPES.get(kind);
  return single === undefined ? undefined : { code: single, end: at + 2 };
}

// The characters of the key prefixes: a key whose prefix is written with escapes holds an escape of one of them.
const PREFIX_CODES = new Set([...Object.values(KEY_PREFIXES).join('')].map((char) => char.charCodeAt(0)));

/** True for a character of a key prefix (`o`, `p`, …, `_`). */
export function isPrefixCode(code: number): boolean {
  return PREFIX_CODES.has(code);
}

/**
 * True when the backslash at `at` starts an escape of a key-prefix character
 * (`\u006f`, `\x5F`, `\u{70}`). A key with any of its prefix written so
 * hides every literal marker; the prefilters admit a text with one.
 */
export function escapesPrefixCharacter(codeAt: CodeAt, at: number): boolean {
  const kind = codeAt(at + 1);
  if (kind !== U && kind !== X) return false;
  const escape = decodeEscapeAt(codeAt, at);
  return escape !== undefined && isPrefixCode(escape.code);
}
