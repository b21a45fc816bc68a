import { LineLocator } from '../../engine/positions.js';

/** One `sourcesContent` string of a raw source map: its index and where its characters lie in the JSON text. */
export interface ContentRange {
  index: number;
  /** Just after the opening quote. */
  start: number;
  /** The closing quote. */
  end: number;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at] as string)) at++;
  return at;
}

/**
 * Where each `sourcesContent` string sits in a source map's JSON text,
 * without parsing the whole map: a finding in the raw text can then be
 * placed in the original file it was written in. Empty when the map has no
 * `sourcesContent` or is not the JSON it claims to be.
 */
export function sourcesContentRanges(text: string): ContentRange[] {
  const key = text.indexOf('"sourcesContent"');
  if (key === -1) return [];
  let at = skipSpace(text, key + '"sourcesContent"'.length);
  if (text[at] !== ':') return [];
  at = skipSpace(text, at + 1);
  if (text[at] !== '[') return [];
  const ranges: ContentRange[] = [];
  for (let index = 0; ; index++) {
    at = skipSpace(text, at + 1);
    if (text.startsWith('null', at)) at += 4;
    else if (text[at] === '"') {
      const start = at + 1;
      let end = start;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) return ranges;
      ranges.push({ index, start, end });
      at = end + 1;
    } else return ranges;
    at = skipSpace(text, at);
    if (text[at] !== ',') return ranges;
  }
}

/** The range holding `offset`, by binary search over ranges in text order. */
export function rangeAt(ranges: readonly ContentRange[], offset: number): ContentRange | undefined {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as ContentRange;
    if (offset < range.start) high = middle - 1;
    else if (offset >= range.end) low = middle + 1;
    else return range;
  }
  return undefined;
}

/**
 * The 1-based line and column, in the original file, of an offset inside a
 * `sourcesContent` string: the JSON escapes before it are decoded, so `\n`
 * counts as a line break and `\"` as one character.
 */
export function positionInContent(text: string, range: ContentRange, offset: number): { line: number; column: number } {
  let before: string;
  try {
    before = JSON.parse(`"${text.slice(range.start, offset)}"`) as string;
  } catch {
    // The offset cut an escape in two (a key written with escapes starts there): count the escape as written.
    before = JSON.parse(`"${text.slice(range.start, offset).replace(/\\[^"\\/bfnrtu]?$|\\u[0-9a-fA-F]{0,3}$/, '')}"`) as string;
  }
  return new LineLocator(before).locate(before.length);
}
