import { readDecodedFile } from '../files/read-text.js';

/** A code file as text, without its byte-order mark (the parser drops it, so offsets must not count it), remembering whether it had one. */
export interface SourceText {
  text: string;
  bom: boolean;
  /** Why the file cannot be written back as UTF-8 text without changing its bytes, and where: such a file is left alone. */
  unwritable?: { offset: number; reason: string };
}

/** Reads a file for env-keys (decoded as the scanner decodes it), or `undefined` for a binary file. */
export function readSourceText(path: string): SourceText | undefined {
  const decoded = readDecodedFile(path);
  if (decoded.kind === 'binary') return undefined;
  const { text } = decoded;
  const bom = decoded.bom === 'utf8';
  if (decoded.bom !== undefined && !bom) return { text, bom, unwritable: { offset: 0, reason: `is ${decoded.bom.toUpperCase().replace(/^UTF/, 'UTF-')} text (its byte-order mark says so)` } };
  // Invalid bytes are decoded as U+FFFD: writing the text back would turn each of them into that character.
  if (!decoded.validUtf8) return { text, bom, unwritable: { offset: Math.max(0, text.indexOf('\uFFFD')), reason: 'is not valid UTF-8 (a Latin-1 or other legacy byte here)' } };
  return { text, bom };
}

/** The text to write back: with the byte-order mark the file had. */
export function withBom(text: string, bom: boolean): string {
  return bom ? `\uFEFF${text}` : text;
}
