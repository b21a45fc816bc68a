import { KEY_PREFIXES, KEY_TOKEN, type KeyEnvironment } from '@optimocms/auth-types';

/** A key-shaped token found in text. Holds the secret: never print `value`, use `redact`. */
export interface KeyToken {
  /** 0-based offset of the first character of the prefix. */
  start: number;
  /** 0-based offset just after the last character of the body. */
  end: number;
  environment: KeyEnvironment;
  value: string;
}

const PREFIXES = Object.entries(KEY_PREFIXES).map(([environment, prefix]) => ({
  environment: environment as KeyEnvironment,
  // What follows the common prefix: `live_`, `sandbox_`.
  rest: prefix.slice(KEY_TOKEN.commonPrefix.length),
}));
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
 * placeholders included. A substring search finds candidates before any
 * regular expression runs, so text without `optimo_` costs one `indexOf`.
 */
export function findKeyTokens(text: string): KeyToken[] {
  const tokens: KeyToken[] = [];
  const marker = KEY_TOKEN.commonPrefix;
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
    const afterMarker = at + marker.length;
    const prefix = PREFIXES.find(({ rest }) => text.startsWith(rest, afterMarker));
    if (!prefix || !startsWord(text, at)) continue;
    BODY.lastIndex = afterMarker + prefix.rest.length;
    const body = BODY.exec(text);
    if (!body) continue;
    const end = BODY.lastIndex;
    tokens.push({ start: at, end, environment: prefix.environment, value: text.slice(at, end) });
    at = end - 1;
  }
  return tokens;
}
