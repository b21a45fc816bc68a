import { testKey } from '@optimocms/test-keys';
import { describe, expect, it } from 'vitest';
import { positionInContent, rangeAt, sourcesContentRanges } from '../../src/cli/artefact/map-sources-content.js';

const KEY = testKey('live', 'map-content');

describe('sourcesContent ranges of a raw source map', () => {
  const map = JSON.stringify({ version: 3, sources: ['a.ts', 'b.ts', 'c.ts'], sourcesContent: ['const a = "x";\n', null, `// "quoted"\n\tconst k = '${KEY}';\n`], mappings: '' }, null, 1);

  it('locates each string, skipping null entries', () => {
    const ranges = sourcesContentRanges(map);
    expect(ranges.map((range) => range.index)).toEqual([0, 2]);
    for (const range of ranges) expect(JSON.parse(`"${map.slice(range.start, range.end)}"`)).toMatch(/const/);
  });

  it('gives a key in the raw text its line and column in the original file, escapes decoded', () => {
    const ranges = sourcesContentRanges(map);
    const offset = map.indexOf(KEY);
    const range = rangeAt(ranges, offset);
    if (range === undefined) throw new Error('the key lies in no sourcesContent string');
    expect(range.index).toBe(2);
    expect(positionInContent(map, range, offset)).toEqual({ line: 2, column: 13 });
    expect(rangeAt(ranges, map.indexOf('"sources"'))).toBeUndefined();
  });

  it('gives nothing for a map without sourcesContent or that is not JSON', () => {
    expect(sourcesContentRanges('{"version":3,"mappings":""}')).toEqual([]);
    expect(sourcesContentRanges('{"sourcesContent": ["unterminated')).toEqual([]);
  });
});
