import { API_KEY_HEADER, ENV_VAR_PREFIX, KEY_TOKEN } from '@optimocms/auth-types';

// Every rule needs one of these in the text: a key prefix, an OPTIMOCMS variable name, or the X-Api-Key header (any case).
const CASE_SENSITIVE_MARKERS = [KEY_TOKEN.commonPrefix, ENV_VAR_PREFIX.replace(/_+$/, '')].map((marker) => Buffer.from(marker, 'latin1'));
const HEADER = API_KEY_HEADER.toLowerCase();
// The header is found case-insensitively through its rarest two bytes, the last `-` and the letter after it, in both cases.
const ANCHOR_AT = HEADER.lastIndexOf('-');
const ANCHORS = [HEADER.slice(ANCHOR_AT, ANCHOR_AT + 2), HEADER.slice(ANCHOR_AT, ANCHOR_AT + 2).toUpperCase()].map((anchor) => Buffer.from(anchor, 'latin1'));
const HEADER_BYTES = Buffer.from(HEADER, 'latin1');

function isLetter(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}

function headerAt(buffer: Buffer, start: number): boolean {
  if (start < 0 || start + HEADER_BYTES.length > buffer.length) return false;
  for (let i = 0; i < HEADER_BYTES.length; i++) {
    const byte = buffer[start + i] as number;
    const expected = HEADER_BYTES[i] as number;
    if (byte !== expected && !(isLetter(byte) && (byte | 0x20) === expected)) return false;
  }
  return true;
}

/**
 * Cheap test on the raw bytes of UTF-8 (or ASCII) text: false means no rule
 * can report anything, so the file need not be decoded or scanned.
 */
export function mayContainFinding(buffer: Buffer): boolean {
  for (const marker of CASE_SENSITIVE_MARKERS) if (buffer.includes(marker)) return true;
  for (const anchor of ANCHORS) {
    for (let at = buffer.indexOf(anchor); at !== -1; at = buffer.indexOf(anchor, at + 1)) {
      if (headerAt(buffer, at - ANCHOR_AT)) return true;
    }
  }
  return false;
}
