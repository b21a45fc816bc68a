import { isUtf8 } from 'node:buffer';

/** Bytes of a UTF-8 sequence by its lead byte (0: not a lead byte). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * A file name's bytes as text: UTF-8 where it is valid, each other byte as
 * `\xNN`, so that a name that is not UTF-8 is shown (and fingerprinted)
 * without loss, and two such names never look the same.
 */
export function nameFromBytes(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let text = '';
  for (let at = 0; at < bytes.length; ) {
    const byte = bytes[at] as number;
    const length = byte < 0x80 ? 1 : sequenceLength(byte);
    if (length > 0 && isUtf8(bytes.subarray(at, at + length)) && at + length <= bytes.length) {
      text += bytes.toString('utf8', at, at + length);
      at += length;
    } else {
      text += `\\x${byte.toString(16).padStart(2, '0')}`;
      at += 1;
    }
  }
  return text;
}

/** `-z` output split at NUL bytes, each entry as text and, when it is not valid UTF-8, its bytes. */
export function splitNulBytes(output: Buffer): { text: string; bytes?: Buffer }[] {
  const entries: { text: string; bytes?: Buffer }[] = [];
  for (let start = 0; start < output.length; ) {
    let end = output.indexOf(0, start);
    if (end === -1) end = output.length;
    if (end > start) {
      const bytes = output.subarray(start, end);
      entries.push(isUtf8(bytes) ? { text: bytes.toString('utf8') } : { text: nameFromBytes(bytes), bytes: Buffer.from(bytes) });
    }
    start = end + 1;
  }
  return entries;
}
