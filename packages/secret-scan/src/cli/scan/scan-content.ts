import { bytesMayContainFindings } from '../../engine/byte-prefilter.js';
import { scanText } from '../../engine/scan-text.js';
import { decodeWithBom, detectBom, looksBinary } from '../../cli-kit/decode-text.js';
import type { FileOutcome } from './outcome.js';

function isTooLongForAString(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_STRING_TOO_LONG' || (error instanceof RangeError && /string length/i.test(error.message));
}

/**
 * Filters and scans one file's bytes: UTF-16/32 with a mark is decoded; a NUL
 * in the first 8 KiB of anything else means binary; UTF-8 that cannot match
 * any rule is never decoded (the common case, and the fast one); invalid
 * UTF-8 is decoded with replacement characters, scanned, and said.
 */
export function scanContent(buffer: Buffer, path: string, committed: boolean): FileOutcome {
  const bytes = buffer.length;
  const bom = detectBom(buffer);
  const utf8 = bom === undefined || bom === 'utf8';
  if (utf8 && looksBinary(buffer)) return { kind: 'skipped', reason: 'binary' };
  if (utf8 && !bytesMayContainFindings(buffer)) return { kind: 'scanned', bytes, matches: [] };
  let decoded;
  let matches;
  try {
    decoded = decodeWithBom(buffer, bom);
    // Matches an inline marker covers come back marked: the suppress stage decides what they are (--no-inline-allow, --require-reason, SARIF).
    matches = scanText(decoded.text, { file: path, committed, keepSuppressed: true });
  } catch (error) {
    // Over V8's string limit (about 512 MiB with --max-file-size raised): skip and count, never lose the whole report.
    if (!isTooLongForAString(error)) throw error;
    return { kind: 'skipped', reason: 'tooLarge', note: 'too large to decode into a string: skipped' };
  }
  return decoded.validUtf8 || !utf8 ? { kind: 'scanned', bytes, matches } : { kind: 'scanned', bytes, matches, note: 'not valid UTF-8: scanned with replacement characters' };
}
