import { isUtf8 } from 'node:buffer';
import { scanText } from '../engine/scan-text.js';
import { bytesMayContainFindings } from '../engine/index.js';
import type { FileOutcome } from './source-file.js';

/** Bytes looked at for a NUL, as git and ripgrep do, to call a file binary. */
const BINARY_PROBE = 8192;

/** UTF-16 with a byte-order mark; `undefined` for anything else. */
function decodeUtf16(buffer: Buffer): string | undefined {
  if (buffer.length < 2) return undefined;
  const [first, second] = [buffer[0], buffer[1]];
  if (first === 0xff && second === 0xfe) return buffer.toString('utf16le', 2, buffer.length - (buffer.length % 2));
  if (first === 0xfe && second === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2, buffer.length - (buffer.length % 2)));
    return swapped.swap16().toString('utf16le');
  }
  return undefined;
}

function hasUtf8Bom(buffer: Buffer): boolean {
  return buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
}

/**
 * Filters and scans one file's bytes: UTF-16 with a BOM is decoded; a NUL in
 * the first 8 KiB means binary; text that cannot match any rule is never
 * decoded; invalid UTF-8 is decoded with replacement characters and scanned.
 */
export function scanContent(buffer: Buffer, path: string, committed: boolean): FileOutcome {
  const bytes = buffer.length;
  const utf16 = decodeUtf16(buffer);
  if (utf16 !== undefined) return { kind: 'scanned', bytes, matches: scanText(utf16, { file: path, committed }) };
  if (buffer.subarray(0, BINARY_PROBE).includes(0)) return { kind: 'skipped', reason: 'binary' };
  if (!bytesMayContainFindings(buffer)) return { kind: 'scanned', bytes, matches: [] };
  // A UTF-8 BOM is not a column: drop it so that columns match what editors show.
  const text = hasUtf8Bom(buffer) ? buffer.toString('utf8', 3) : buffer.toString('utf8');
  const matches = scanText(text, { file: path, committed });
  return isUtf8(buffer) ? { kind: 'scanned', bytes, matches } : { kind: 'scanned', bytes, matches, note: 'not valid UTF-8: scanned with replacement characters' };
}
