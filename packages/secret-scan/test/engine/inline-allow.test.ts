import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testKey } from '@optimocms/test-keys';
import { INLINE_ALLOW_MARKERS, INLINE_ALLOW_REACH, InlineAllow, hasInlineAllow, scanText } from '../../src/index.js';
import { API_KEY_VAR, GENERIC, LIVE_KEY, NEXT_PUBLIC_KEY, SANDBOX_KEY } from './fixtures.js';

describe('inline allow markers', () => {
  it('are ours, gitleaks\' and detect-secrets\'', () => {
    expect(INLINE_ALLOW_MARKERS).toEqual(['optimocms-scan-allow', 'gitleaks:allow', 'pragma: allowlist secret']);
  });

  for (const marker of INLINE_ALLOW_MARKERS) {
    it(`"${marker}" suppresses findings on its own line`, () => {
      const text = `const a = '${LIVE_KEY}'; // ${marker}\nconst b = '${SANDBOX_KEY}';\n`;
      expect(scanText(text).map((match) => [match.rule, match.line])).toEqual([['sandbox-key', 2]]);
    });

    it(`"${marker}" on the line before or after does not suppress`, () => {
      const text = `// ${marker}\nconst a = '${LIVE_KEY}';\n# ${marker}\n`;
      expect(scanText(text).map((match) => match.line)).toEqual([2]);
    });
  }

  it('works in hash comments, CRLF text and for every rule', () => {
    const dotenv = `${API_KEY_VAR}=${GENERIC} # pragma: allowlist secret\r\n${NEXT_PUBLIC_KEY}=${LIVE_KEY} # gitleaks:allow\r\n`;
    expect(scanText(dotenv, { file: '.env' })).toEqual([]);
  });

  it('inlineAllow: false reports them anyway', () => {
    const text = `const a = '${LIVE_KEY}'; // optimocms-scan-allow`;
    expect(scanText(text, { inlineAllow: false }).map((match) => match.rule)).toEqual(['live-key']);
  });

  it('hasInlineAllow looks for the marker anywhere in the line', () => {
    expect(hasInlineAllow('x = 1 # gitleaks:allow')).toBe(true);
    expect(hasInlineAllow('x = 1 # gitleaks allow')).toBe(false);
  });
});

describe('what an inline marker covers', () => {
  const key = testKey('live', 'inline-allow');
  const marker = 'optimocms-scan-allow';
  const lines = (text: string) => scanText(text).map((match) => match.line);

  it.each([
    ['CR', '\r'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])('stops at a %s line break: a marker on the first line of such a file hides nothing below it', (_name, eol) => {
    expect(lines([`// ${marker}`, 'const a = 1;', `const k = '${key}';`, ''].join(eol))).toEqual([3]);
    expect(lines([`const k = '${key}'; // ${marker}`, `const j = '${key}';`].join(eol))).toEqual([2]);
  });

  it('covers a whole line of hand-written length, prose included', () => {
    const paragraph = `Use \`${key}\` ${'and keep reading this long paragraph '.repeat(24)}<!-- ${marker} -->`;
    expect(paragraph.length).toBeLessThan(INLINE_ALLOW_REACH + key.length + marker.length);
    expect(scanText(paragraph)).toEqual([]);
  });

  it('covers only the neighbourhood of the marker in a minified line', () => {
    const unit = `a("${key}");`;
    const bundle = `${unit.repeat(500)}/* ${marker} */${unit.repeat(500)}`;
    const markerAt = bundle.indexOf(marker);
    const reported = scanText(bundle, { file: 'dist/app.min.js' });
    // Every key within reach of the marker is covered, and only those.
    const near = (start: number, end: number) => end >= markerAt - INLINE_ALLOW_REACH && start <= markerAt + marker.length + INLINE_ALLOW_REACH;
    const all = scanText(bundle, { file: 'dist/app.min.js', inlineAllow: false });
    expect(all).toHaveLength(1000);
    expect(reported.map((match) => match.start)).toEqual(all.filter((match) => !near(match.start, match.end)).map((match) => match.start));
    expect(all.length - reported.length).toBeGreaterThan(0);
    expect(all.length - reported.length).toBeLessThan(2 * INLINE_ALLOW_REACH / unit.length + 2);
  });

  it('covers a finding exactly INLINE_ALLOW_REACH characters away, and not one character further', () => {
    for (const [gap, covered] of [[INLINE_ALLOW_REACH, true], [INLINE_ALLOW_REACH + 1, false]] as const) {
      expect(scanText(`${key}${' '.repeat(gap)}${marker}`)).toHaveLength(covered ? 0 : 1);
      expect(scanText(`${marker}${' '.repeat(gap)}${key}`)).toHaveLength(covered ? 0 : 1);
    }
  });

  it('is one rule for any line, marker and distance (property)', () => {
    const blank = fc.constantFrom(' ', '\t', ';', 'x', '"', ',');
    const eol = fc.constantFrom('\n', '\r', '\r\n', '\u2028', '\u2029');
    fc.assert(
      fc.property(fc.constantFrom(...INLINE_ALLOW_MARKERS), fc.nat({ max: 2 * INLINE_ALLOW_REACH }), blank, fc.option(eol), fc.boolean(), (allow, gap, fill, lineBreak, markerFirst) => {
        const between = fill.repeat(gap) + (lineBreak ?? '');
        const text = markerFirst ? `${allow}${between} ${key}` : `${key} ${between}${allow}`;
        const expected = lineBreak === null && gap + 1 <= INLINE_ALLOW_REACH;
        expect(scanText(text)).toHaveLength(expected ? 0 : 1);
        const start = text.indexOf(key);
        expect(new InlineAllow(text).covers(start, start + key.length)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
