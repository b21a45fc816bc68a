import { afterEach, describe, expect, it, vi } from 'vitest';
import { scanContent } from '../../src/cli/scan/scan-content.js';
import { liveKey, remember } from './helpers.js';

const KEY = liveKey('T00L0ngStr1ngK');
remember(KEY);

/** What V8 throws for text over its string limit (about 512 MiB); a real one needs that much memory. */
function stringTooLong(): Error {
  return Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
}

describe('a file too large to decode into a string', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['UTF-8', Buffer.from(`const k = '${KEY}';\n`)],
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`const k = '${KEY}';\n`, 'utf16le')])],
  ])('(%s) is skipped and counted as too large, with a note, instead of throwing', (_name, bytes) => {
    vi.spyOn(Buffer.prototype, 'toString').mockImplementation(() => {
      throw stringTooLong();
    });
    const outcome = scanContent(bytes, 'big.js', true);
    vi.restoreAllMocks();
    expect(outcome).toEqual({ kind: 'skipped', reason: 'tooLarge', note: 'too large to decode into a string: skipped' });
  });

  it('other errors still surface (a bug is not a skipped file)', () => {
    vi.spyOn(Buffer.prototype, 'toString').mockImplementation(() => {
      throw new TypeError('boom');
    });
    expect(() => scanContent(Buffer.from(`const k = '${KEY}';\n`), 'a.js', true)).toThrow('boom');
  });
});
