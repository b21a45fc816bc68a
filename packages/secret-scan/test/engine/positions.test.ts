import { describe, expect, it } from 'vitest';
import { LineLocator } from '../../src/index.js';

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
