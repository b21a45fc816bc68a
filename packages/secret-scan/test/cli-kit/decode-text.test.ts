import { describe, expect, it } from 'vitest';
import { decodeText, detectBom } from '../../src/cli-kit/index.js';

const TEXT = 'const key = "é€𝄞";\n';

function utf32(text: string, littleEndian: boolean): Buffer {
  const points = [...text].map((char) => char.codePointAt(0) as number);
  const buffer = Buffer.alloc(4 * (points.length + 1));
  const write = (value: number, at: number) => (littleEndian ? buffer.writeUInt32LE(value, at) : buffer.writeUInt32BE(value, at));
  write(0xfeff, 0);
  points.forEach((point, index) => write(point, 4 * (index + 1)));
  return buffer;
}

describe('decodeText', () => {
  it('reads UTF-8 without a mark as valid UTF-8', () => {
    expect(decodeText(Buffer.from(TEXT))).toEqual({ kind: 'text', text: TEXT, bom: undefined, validUtf8: true });
  });

  it('reports each byte-order mark and leaves it out of the text', () => {
    const utf16be = Buffer.from(`\uFEFF${TEXT}`, 'utf16le').swap16();
    const cases: [Buffer, string, boolean][] = [
      [Buffer.from(`\uFEFF${TEXT}`), 'utf8', true],
      [Buffer.from(`\uFEFF${TEXT}`, 'utf16le'), 'utf16le', false],
      [utf16be, 'utf16be', false],
      [utf32(TEXT, true), 'utf32le', false],
      [utf32(TEXT, false), 'utf32be', false],
    ];
    for (const [bytes, bom, validUtf8] of cases) {
      expect(detectBom(bytes), bom).toBe(bom);
      expect(decodeText(bytes), bom).toEqual({ kind: 'text', text: TEXT, bom, validUtf8 });
    }
  });

  it('says when bytes are not valid UTF-8 (decoded with replacement characters)', () => {
    const latin1 = Buffer.from('caf\xe9 = 1\n', 'latin1');
    expect(decodeText(latin1)).toEqual({ kind: 'text', text: 'caf\uFFFD = 1\n', bom: undefined, validUtf8: false });
  });

  it('calls a NUL byte in the first 8 KiB binary, one after it text', () => {
    expect(decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x00, 0x41]))).toEqual({ kind: 'binary' });
    const late = Buffer.concat([Buffer.alloc(8192, 0x61), Buffer.from([0])]);
    expect(decodeText(late).kind).toBe('text');
  });
});
