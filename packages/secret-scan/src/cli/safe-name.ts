import { findKeyTokens } from '../engine/key-tokens.js';
import { isPlaceholder } from '../engine/placeholder.js';
import { redact } from '../engine/redact.js';

// C0 and C1 controls, DEL, the bidirectional overrides and isolates (Trojan Source), and the line and paragraph separators.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function escape(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** The key tokens of a name that are secrets (placeholders are not), with their offsets. */
export function keysInName(name: string): { start: number; end: number; value: string }[] {
  return findKeyTokens(name).filter((token) => !isPlaceholder(token.value));
}

/**
 * A file name (or any text that may hold one) as every output may show it:
 * a key in it redacted, and every character that could split a record or
 * reach the terminal as a command escaped (`\x1b`, `\x0a`, `\u{202e}`).
 */
export function safeName(name: string): string {
  let shown = name;
  const keys = keysInName(name);
  for (let index = keys.length - 1; index >= 0; index--) {
    const { start, end, value } = keys[index] as { start: number; end: number; value: string };
    shown = shown.slice(0, start) + redact(value) + shown.slice(end);
  }
  return shown.replace(UNSAFE, escape);
}
