import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineLocator } from '../../src/index.js';
import { ESLINT_LINE_BREAK } from './fixtures.js';

describe('LineLocator', () => {
  const text = 'ab\ncd\r\nef\n\nlast';

  it('gives 1-based lines and columns for ascending offsets', () => {
    const locator = new LineLocator(text);
    expect([0, 1, 2, 3, 5, 7, 11, 12].map((offset) => locator.locate(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 5, column: 1 },
      { line: 5, column: 2 },
    ]);
  });

  it('restarts when an offset goes backwards', () => {
    const locator = new LineLocator(text);
    expect(locator.locate(12)).toEqual({ line: 5, column: 2 });
    expect(locator.locate(4)).toEqual({ line: 2, column: 2 });
    expect(locator.locate(text.length)).toEqual({ line: 5, column: 5 });
  });

  it('goes back within the current line without restarting', () => {
    const locator = new LineLocator(text);
    expect(locator.locate(5)).toEqual({ line: 2, column: 3 });
    expect(locator.locate(3)).toEqual({ line: 2, column: 1 });
    expect(locator.locate(6)).toEqual({ line: 2, column: 4 });
  });

  it('returns the text of a line without its line break', () => {
    const locator = new LineLocator(text);
    expect(locator.lineText(0)).toBe('ab');
    expect(locator.lineText(4)).toBe('cd');
    expect(locator.lineText(2)).toBe('ab');
    expect(locator.lineText(10)).toBe('');
    expect(locator.lineText(text.length)).toBe('last');
  });
});

describe('LineLocator line breaks', () => {
  it('ends lines at CRLF, CR, LF, U+2028 and U+2029, as ESLint does', () => {
    const text = 'a\r\nb\rc\nd\u2028e\u2029f';
    const locator = new LineLocator(text);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => locator.locate(text.indexOf(letter)))).toEqual(
      [1, 2, 3, 4, 5, 6].map((line) => ({ line, column: 1 })),
    );
  });

  it('reads one line of a CR-only file, not the whole file', () => {
    const text = 'first\rsecond\rthird';
    const locator = new LineLocator(text);
    expect(locator.lineText(0)).toBe('first');
    expect(locator.lineText(text.indexOf('second'))).toBe('second');
    expect(locator.lineRange(text.length)).toEqual({ start: text.indexOf('third'), end: text.length });
  });

  it('counts a CRLF as one break, and its CR as the end of the line', () => {
    const text = 'ab\r\ncd';
    const locator = new LineLocator(text);
    expect(locator.lineText(0)).toBe('ab');
    expect(locator.locate(2)).toEqual({ line: 1, column: 3 });
    expect(locator.locate(4)).toEqual({ line: 2, column: 1 });
  });

  it('agrees with ESLint\'s line splitting for any text and any order of offsets', () => {
    const piece = fc.oneof(fc.constantFrom('\r\n', '\r', '\n', '\u2028', '\u2029', '\n\r'), fc.string({ maxLength: 6 }));
    const text = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 10 }), (sample, picks) => {
        const locator = new LineLocator(sample);
        const lines = sample.split(ESLINT_LINE_BREAK);
        for (const pick of picks) {
          const offset = pick % (sample.length + 1);
          const before = sample.slice(0, offset).split(ESLINT_LINE_BREAK);
          // An offset between the CR and LF of a CRLF belongs to the line the CRLF ends.
          const line = sample[offset - 1] === '\r' && sample[offset] === '\n' ? before.length - 1 : before.length;
          const position = locator.locate(offset);
          expect(position.line).toBe(line);
          expect(locator.lineText(offset)).toBe(lines[line - 1]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
