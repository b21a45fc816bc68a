import { isUtf8 } from 'node:buffer';

/** Bytes looked at for a NUL to call a file binary: 8 KiB, as git's `buffer_is_binary` (8,000) and ripgrep do, rounded to the page. */
export const BINARY_PROBE = 8192;

/** The byte-order mark a file starts with. */
export type Bom = 'utf8' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be';

const BOM_LENGTH: Readonly<Record<Bom, number>> = { utf8: 3, utf16le: 2, utf16be: 2, utf32le: 4, utf32be: 4 };

/** The byte-order mark at the start of `buffer`, if any. UTF-32 LE is tested before UTF-16 LE: its mark begins with UTF-16 LE's. */
export function detectBom(buffer: Uint8Array): Bom | undefined {
  const [a, b, c, d] = [buffer[0], buffer[1], buffer[2], buffer[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf8';
  if (a === 0xff && b === 0xfe && c === 0 && d === 0 && buffer.length >= 4) return 'utf32le';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf32be';
  if (a === 0xff && b === 0xfe) return 'utf16le';
  if (a === 0xfe && b === 0xff) return 'utf16be';
  return undefined;
}

/** A NUL byte in the first {@link BINARY_PROBE} bytes (for files without a UTF-16/32 mark, whose text holds NULs). */
export function looksBinary(buffer: Uint8Array): boolean {
  return buffer.subarray(0, BINARY_PROBE).includes(0);
}

function decodeUtf32(buffer: Buffer, littleEndian: boolean): string {
  const parts: string[] = [];
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let chunk: number[] = [];
  for (let at = 0; at + 4 <= buffer.length; at += 4) {
    const point = view.getUint32(at, littleEndian);
    chunk.push(point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff) ? 0xfffd : point);
    // String.fromCodePoint takes arguments: keep each call well under the engine's argument limit.
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (buffer.length % 4 !== 0) chunk.push(0xfffd);
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** Text and what it was made of. `text` never holds the byte-order mark: columns match what editors show. */
export interface DecodedText {
  kind: 'text';
  text: string;
  /** The byte-order mark the bytes started with; write it back when rewriting the file. */
  bom: Bom | undefined;
  /** The bytes (after any UTF-8 mark) are valid UTF-8. False for UTF-16/32 and for bytes decoded with replacement characters: such a file must not be rewritten as UTF-8. */
  validUtf8: boolean;
}

export type Decoded = DecodedText | { kind: 'binary' };

/** Decodes text after its mark; `bom` as {@link detectBom} gave it (callers that looked already pass it on). */
export function decodeWithBom(buffer: Buffer, bom: Bom | undefined): DecodedText {
  const body = buffer.subarray(bom === undefined ? 0 : BOM_LENGTH[bom]);
  switch (bom) {
    case 'utf16le':
      return { kind: 'text', text: body.toString('utf16le', 0, body.length - (body.length % 2)), bom, validUtf8: false };
    case 'utf16be':
      return { kind: 'text', text: Buffer.from(body.subarray(0, body.length - (body.length % 2))).swap16().toString('utf16le'), bom, validUtf8: false };
    case 'utf32le':
    case 'utf32be':
      return { kind: 'text', text: decodeUtf32(body, bom === 'utf32le'), bom, validUtf8: false };
    default:
      // Invalid UTF-8 is decoded with replacement characters (U+FFFD), and said.
      return { kind: 'text', text: body.toString('utf8'), bom, validUtf8: isUtf8(body) };
  }
}

/**
 * The one decoding of file bytes in every OptimoCMS CLI: UTF-8 (with or
 * without a mark), UTF-16 and UTF-32 with a mark; binary when a NUL byte
 * shows in the first 8 KiB of a file without a UTF-16/32 mark.
 */
export function decodeText(buffer: Buffer): Decoded {
  const bom = detectBom(buffer);
  if ((bom === undefined || bom === 'utf8') && looksBinary(buffer)) return { kind: 'binary' };
  return decodeWithBom(buffer, bom);
}
