import { KEY_PREFIXES, KEY_TOKEN, type KeyEnvironment } from '@optimocms/auth-types';
import { escapeRegExp } from './escape-regexp.js';
import { decodeEscapeAt, isPrefixCode, type CodeAt } from './escapes.js';

/** A key-shaped token found in text. Holds the secret: never print `value`, use `redact`. */
export interface KeyToken {
  /** 0-based offset of the first character of the prefix. */
  start: number;
  /** 0-based offset just after the last character of the body. */
  end: number;
  environment: KeyEnvironment;
  /**
   * The key as a program reads it. Where the source writes some of its
   * characters as escapes (`\u006fptimo_live_…`), `start`…`end` cover the
   * escaped source and `value` is the decoded key, so it differs from
   * `text.slice(start, end)`.
   */
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

/** The tokens of `text` as written, escapes not read. */
function tokensAsWritten(text: string, isWordStart: (start: number) => boolean = (start) => startsWord(text, start)): KeyToken[] {
  const tokens: KeyToken[] = [];
  PREFIX.lastIndex = 0;
  for (let prefix = PREFIX.exec(text); prefix; prefix = PREFIX.exec(text)) {
    const start = prefix.index;
    if (!isWordStart(start)) continue;
    BODY.lastIndex = PREFIX.lastIndex;
    if (!BODY.test(text)) continue;
    const end = BODY.lastIndex;
    tokens.push({ start, end, environment: ENVIRONMENT_OF_PREFIX.get(prefix[0]) as KeyEnvironment, value: text.slice(start, end) });
    PREFIX.lastIndex = end;
  }
  return tokens;
}

// Which ASCII codes a key can hold (body and prefix characters): a table, read once per decoded character.
const KEY_CODES = new Uint8Array(0x80).map((_zero, code) => Number(BODY_CHARACTER.test(String.fromCharCode(code)) || isPrefixCode(code)));
const SPACE = 0x20;
const BACKSLASH = 0x5c;

/** `code` when a key can hold that character, else a space (which ends a token like any other non-key character). */
function keyCodeOr(code: number): number {
  return code < 0x80 && KEY_CODES[code] === 1 ? code : SPACE;
}

// Besides key characters, escapes are written with `\`, `{` and `}` (`u`, `x` and hex digits are body characters).
const inRegion = (code: number): boolean => keyCodeOr(code) !== SPACE || code === BACKSLASH || code === 0x7b || code === 0x7d;
const PERCENT_ESCAPE_BEFORE = /%[0-9a-fA-F]{2}$/;
// The shortest key, as written without escapes: a shorter run cannot hold one.
const MIN_KEY_LENGTH = Math.min(...Object.values(KEY_PREFIXES).map((prefix) => prefix.length)) + KEY_TOKEN.bodyMinLength;
const ASCII = new TextDecoder('ascii');

/**
 * The tokens of one run of key characters and escapes, read with its escapes
 * decoded: what a program that reads the string sees (and what ESLint reports).
 */
function tokensOfRegion(text: string, codeAt: CodeAt, regionStart: number, regionEnd: number): KeyToken[] {
  // Decoded character i is written at `offsets[i]`; typed arrays keep a megabyte-long escaped string (an embedded binary) cheap.
  const codes = new Uint8Array(regionEnd - regionStart);
  const offsets = new Int32Array(regionEnd - regionStart + 1);
  let length = 0;
  for (let at = regionStart; at < regionEnd; ) {
    offsets[length] = at;
    const escape = text.charCodeAt(at) === BACKSLASH ? decodeEscapeAt(codeAt, at) : undefined;
    codes[length++] = keyCodeOr(escape ? escape.code : text.charCodeAt(at));
    at = escape ? escape.end : at + 1;
  }
  offsets[length] = regionEnd;
  const decoded = ASCII.decode(codes.subarray(0, length));
  // Backslash escapes are decoded by now; a URL escape (`%22`) before the prefix still ends a word, as in `startsWord`.
  const isWordStart = (start: number): boolean => {
    if (start === 0 || !BODY_CHARACTER.test(decoded[start - 1] as string)) return true;
    const at = offsets[start] as number;
    return offsets[start - 1] === at - 1 && PERCENT_ESCAPE_BEFORE.test(text.slice(Math.max(0, at - 3), at));
  };
  return tokensAsWritten(decoded, isWordStart).map((token) => ({ ...token, start: offsets[token.start] as number, end: offsets[token.end] as number }));
}

/**
 * The tokens in which escapes write key characters, each read whole: the run
 * of key characters and escapes around every such escape is decoded and
 * searched. Its `regions` are the runs read, whose tokens these replace.
 */
function tokensWithEscapes(text: string): { tokens: KeyToken[]; regions: [number, number][] } {
  const tokens: KeyToken[] = [];
  const regions: [number, number][] = [];
  const codeAt: CodeAt = (index) => text.charCodeAt(index);
  let regionEnd = 0;
  for (let at = text.indexOf('\\'); at !== -1; at = text.indexOf('\\', at + 1)) {
    if (at < regionEnd) continue;
    const escape = decodeEscapeAt(codeAt, at);
    if (!escape || keyCodeOr(escape.code) === SPACE) continue;
    let regionStart = at;
    while (regionStart > 0 && inRegion(text.charCodeAt(regionStart - 1))) regionStart--;
    regionEnd = escape.end;
    while (regionEnd < text.length && inRegion(text.charCodeAt(regionEnd))) regionEnd++;
    if (regionEnd - regionStart < MIN_KEY_LENGTH) continue;
    regions.push([regionStart, regionEnd]);
    for (const token of tokensOfRegion(text, codeAt, regionStart, regionEnd)) tokens.push(token);
  }
  return { tokens, regions };
}

/** A cheap gate before {@link findKeyTokens} on short text (a line, a path): a key needs its prefix, or a backslash when written with escapes. */
export function mayHoldKeyToken(text: string): boolean {
  return text.includes(KEY_TOKEN.commonPrefix) || text.includes('\\');
}

/**
 * Every key-shaped token in `text` (docs/architecture.md: a prefix, then at least 12
 * characters of `[A-Za-z0-9]`, with no such character on either side),
 * placeholders included. Keys are read as a program reads its strings:
 * characters written as JavaScript / JSON escapes (`\u006f`, `\u{6f}`, `\x6f`)
 * count as the characters they stand for. Text without a prefix costs one
 * pass of a literal search and one over its backslashes; the body is matched
 * only after a prefix.
 */
export function findKeyTokens(text: string): KeyToken[] {
  const written = tokensAsWritten(text);
  const { tokens: escaped, regions } = tokensWithEscapes(text);
  if (regions.length === 0) return written;
  // Both lists and the regions are in text order: one walk drops the tokens of every region read with its escapes.
  let region = 0;
  const kept = written.filter((token) => {
    while (region < regions.length && (regions[region] as [number, number])[1] <= token.start) region++;
    const current = regions[region];
    return current === undefined || token.start < current[0];
  });
  return kept.concat(escaped).sort((a, b) => a.start - b.start);
}
