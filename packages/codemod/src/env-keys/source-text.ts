// An adapter over the shared reader (files/read-text.ts decodes lossily and keeps the byte-order mark):
// what env-keys needs to write a file back byte for byte. To fold into the CLI foundation's decoder.
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { readTextFile } from '../files/read-text.js';

const BOM = '\uFEFF';

/** A code file as text: without its byte-order mark (the parser drops it, so offsets must not count it), but remembering it. */
export interface SourceText {
  text: string;
  bom: boolean;
  /** Offset in `text` of the first byte that is not UTF-8, when the file is not valid UTF-8: rewriting it would turn such bytes into U+FFFD. */
  invalidUtf8At?: number;
}

/** Reads a file for env-keys, or `undefined` for a binary file. */
export function readSourceText(path: string): SourceText | undefined {
  const decoded = readTextFile(path);
  if (decoded === undefined) return undefined;
  const bom = decoded.startsWith(BOM);
  const text = bom ? decoded.slice(1) : decoded;
  // U+FFFD is also a legitimate character: only then are the bytes read again to tell.
  const replacement = text.indexOf('\uFFFD');
  if (replacement === -1 || isUtf8(readFileSync(path))) return { text, bom };
  return { text, bom, invalidUtf8At: replacement };
}

/** The text to write back: with the byte-order mark the file had. */
export function withBom(text: string, bom: boolean): string {
  return bom ? `${BOM}${text}` : text;
}
