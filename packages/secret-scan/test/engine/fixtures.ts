// Made-up secrets, assembled at run time so that no key-shaped literal (ours or
// another vendor's) sits in this repository: our own scanner and GitHub push
// protection read these files too.
import { ENV_VARS, KEY_PREFIXES } from '@optimocms/auth-types';
import { GUIDE_EXAMPLE_KEY, keyWithBody } from '@optimocms/test-keys';
import { scanText, type Match, type ScanOptions } from '../../src/index.js';

export const LIVE = KEY_PREFIXES.live;
export const SANDBOX = KEY_PREFIXES.sandbox;

/** A live key with a random-looking 16-character body. */
export const LIVE_KEY = keyWithBody('live', 'Q1w2E3r4T5y6U7i8');
export const SANDBOX_KEY = keyWithBody('sandbox', 'Zx9Cv8Bn7Mm6Lk5J');
/** The guide's documented example: a key, not a placeholder. */
export const GUIDE_KEY = GUIDE_EXAMPLE_KEY;

export const live = (body: string): string => keyWithBody('live', body);
export const sandbox = (body: string): string => keyWithBody('sandbox', body);

/** A 20-character credential of an unknown format (no known prefix). */
export const GENERIC = ['aB3dE6gH', '9jK2mN5p', 'Q8rS'].join('');

export const { apiKey: API_KEY_VAR, live: LIVE_KEY_VAR, sandbox: SANDBOX_KEY_VAR } = ENV_VARS;
/** `NEXT_PUBLIC_OPTIMOCMS_API_KEY` and friends, assembled so this file does not expose one. */
export const publicName = (prefix: string, rest: string = API_KEY_VAR): string => `${prefix}${rest}`;
export const NEXT_PUBLIC_KEY = publicName('NEXT_PUBLIC_');

/** Other vendors' credential shapes (made up), built at run time. */
export const OTHER_VENDOR_KEYS = {
  stripe: `${['sk', 'live'].join('_')}_${'4eC39HqLyjWDarjtT1zdp7dc'}`,
  github: `${'gh'}p_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`,
  jwt: `${'ey'}J${'hbGciOiJIUzI1NiJ9'}.${'ey'}J${'yb2xlIjoiYW5vbiJ9'}.${'c2lnbmF0dXJl'}`,
  aws: `${'AK'}IA${'Z7QK3M9XW2PL5RT8'}`,
};

export type Brief = Pick<Match, 'rule' | 'line' | 'column' | 'endColumn'>;

/** Rule and position of each finding: the shape most assertions compare. */
export function brief(text: string, options: ScanOptions = {}): Brief[] {
  return scanText(text, options).map(({ rule, line, column, endColumn }) => ({ rule, line, column, endColumn }));
}

/** Rule ids only. */
export function rulesIn(text: string, options: ScanOptions = {}): string[] {
  return scanText(text, options).map((match) => match.rule);
}

/** ESLint's `lineBreakPattern` (eslint/lib/shared/ast-utils.js), written out so that tests do not take the engine's word for it. */
export const ESLINT_LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/u;

/** The 1-based line and column of the first occurrence of `needle`, computed independently of the engine. */
export function positionOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const offset = text.indexOf(needle, from);
  if (offset === -1) throw new Error('needle not in text');
  const before = text.slice(0, offset).split(ESLINT_LINE_BREAK);
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

/** A short description for test names: never the secret. */
export const label = (text: string): string => text.replaceAll(LIVE_KEY, '<live key>').replaceAll(SANDBOX_KEY, '<sandbox key>').replaceAll(GENERIC, '<generic>');

/** How a character is written as a JavaScript / JSON escape. */
export const ESCAPE_STYLES = ['u4', 'U4', 'braced', 'padded', 'x2', 'X2'] as const;
export type EscapeStyle = (typeof ESCAPE_STYLES)[number];

/** `char` (ASCII) written as an escape: `\u006f`, `\u006F`, `\u{6f}`, `\u{006f}`, `\x6f`, `\x6F`. */
export function escapeCharacter(char: string, style: EscapeStyle): string {
  const hex = char.charCodeAt(0).toString(16);
  switch (style) {
    case 'u4': return `\\u${hex.padStart(4, '0')}`;
    case 'U4': return `\\u${hex.padStart(4, '0').toUpperCase()}`;
    case 'braced': return `\\u{${hex}}`;
    case 'padded': return `\\u{${hex.padStart(6, '0')}}`;
    case 'x2': return `\\x${hex.padStart(2, '0')}`;
    case 'X2': return `\\x${hex.padStart(2, '0').toUpperCase()}`;
  }
}

/** `key` with the characters at `indexes` written as escapes of `style`. */
export function escapeAt(key: string, indexes: Iterable<number>, style: EscapeStyle = 'u4'): string {
  const escaped = new Set(indexes);
  return [...key].map((char, index) => (escaped.has(index) ? escapeCharacter(char, style) : char)).join('');
}
