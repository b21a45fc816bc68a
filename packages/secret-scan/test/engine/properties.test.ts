// Property-based tests: the engine's promises hold for any text, not only the examples we thought of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { API_KEY_HEADER, KEY_PREFIXES, createKeyTokenPattern } from '@optimocms/auth-types';
import { runInNewContext } from 'node:vm';
import { bytesMayContainFindings, findKeyTokens, fingerprint, isPlaceholder, mayContainFindings, redact, scanText } from '../../src/index.js';
import { API_KEY_VAR, ESCAPE_STYLES, ESLINT_LINE_BREAK, NEXT_PUBLIC_KEY, escapeCharacter } from './fixtures.js';

const ALNUM = /[A-Za-z0-9]/;

/** One unit of filler: any Unicode grapheme (astral ones too), often a line break or punctuation. */
const fillerUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', ' ', '\t', '"', "'", '=', ':', '\\', '%', '😀') },
);
const filler = fc.string({ unit: fillerUnit, maxLength: 120 });
/** A character that ends a key-shaped token: anything but `[A-Za-z0-9]`. */
const boundary = fc.string({ unit: fillerUnit, minLength: 1, maxLength: 1 }).filter((char) => !ALNUM.test(char));

const environment = fc.constantFrom(...(Object.keys(KEY_PREFIXES) as (keyof typeof KEY_PREFIXES)[]));
const body = fc.stringMatching(/^[A-Za-z0-9]{12,40}$/);
const key = fc.tuple(environment, body).map(([env, keyBody]) => ({ environment: env, value: `${KEY_PREFIXES[env]}${keyBody}` }));
/** A key with any subset of its characters written as escapes, each in any style. */
const escapedKey = key.chain((planted) =>
  fc.array(fc.option(fc.constantFrom(...ESCAPE_STYLES), { freq: 2 }), { minLength: planted.value.length, maxLength: planted.value.length }).map((styles) => ({
    ...planted,
    written: [...planted.value].map((char, index) => { const style = styles[index]; return style ? escapeCharacter(char, style) : char; }).join(''),
  })),
);
/** What a JavaScript program reads from a string literal's content, by the JavaScript engine itself. */
const cooked = (source: string): string => runInNewContext(`"${source}"`) as string;

/** Line and column of `offset`, computed without the engine: lines end where ESLint ends them, columns count UTF-16 code units. */
function expectedPosition(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(ESLINT_LINE_BREAK);
  return { line: lines.length, column: (lines.at(-1) as string).length + 1 };
}

const RUNS = { numRuns: 300 };

describe('properties', () => {
  it('finds a key planted anywhere, at the right line and column, unless it is a placeholder', () => {
    fc.assert(
      fc.property(filler, boundary, key, boundary, filler, (before, left, planted, right, after) => {
        const prefix = before + left;
        const text = prefix + planted.value + right + after;
        const rule = planted.environment === 'live' ? 'live-key' : 'sandbox-key';
        const found = scanText(text, { rules: ['live-key', 'sandbox-key'] }).filter((match) => match.start === prefix.length);
        if (isPlaceholder(planted.value)) {
          expect(found).toEqual([]);
          return;
        }
        const { line, column } = expectedPosition(text, prefix.length);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ rule, environment: planted.environment, line, column, endLine: line, endColumn: column + planted.value.length });
        expect(text.slice(found[0]?.start, found[0]?.end)).toBe(planted.value);
      }),
      RUNS,
    );
  });

  it('reports nothing in text without a key prefix, an OptimoCMS name or the header', () => {
    // Near misses make the property bite: fragments of every marker, separators, line breaks.
    const nearMiss = fc.constantFrom('optimo', 'optimo-live_', 'ptimo_live_', '_live_', '_sandbox_', 'OPTIMOCM', 'OPTIMO_CMS', 'X-Api', 'Api-Key', 'NEXT_PUBLIC_', '_API_KEY', '=', ': ', '"', '\n', '\r\n', 'Q1w2E3r4T5y6U7i8');
    const text = fc.array(fc.oneof(nearMiss, filler), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('.env', 'src/a.ts', 'ci.yml', 'README.md'), (sample, file) => {
        fc.pre(!/optimo_|optimocms|x-api-key/i.test(sample));
        expect(scanText(sample, { file })).toEqual([]);
      }),
      RUNS,
    );
  });

  it('finds exactly the tokens of the canonical pattern, plus those right after an escape sequence', () => {
    const piece = fc.oneof(filler, fc.constantFrom(...Object.values(KEY_PREFIXES), '\\n', '\\u0022', '%22', 'x', '0'), body);
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        const tokens = findKeyTokens(sample);
        const canonical = [...sample.matchAll(createKeyTokenPattern())].map((match) => match.index);
        const starts = tokens.map((token) => token.start);
        for (const start of canonical) expect(starts).toContain(start);
        for (const token of tokens) {
          // A token written with escapes (a body piece may follow `\x`) holds the decoded key.
          const written = sample.slice(token.start, token.end);
          expect(token.value).toBe(written.includes('\\') ? cooked(written) : written);
          expect(ALNUM.test(sample[token.end] ?? '')).toBe(false);
          if (!canonical.includes(token.start)) expect(sample.slice(0, token.start)).toMatch(/(?:\\[nrtbfv]|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|%[0-9a-fA-F]{2})$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds a key with any subset of its characters escaped, over the escaped source, redacted and fingerprinted as the key', () => {
    const quote = fc.constantFrom('"', "'", '`');
    fc.assert(
      fc.property(filler, quote, escapedKey, filler, (before, mark, planted, after) => {
        const prefix = `${before}\n${mark}`;
        const text = `${prefix}${planted.written}${mark}\n${after}`;
        expect(cooked(planted.written)).toBe(planted.value);
        const rule = planted.environment === 'live' ? 'live-key' : 'sandbox-key';
        const found = scanText(text, { file: 'src/a.ts', rules: [rule], inlineAllow: false }).filter((match) => match.start === prefix.length);
        if (isPlaceholder(planted.value)) {
          expect(found).toEqual([]);
          return;
        }
        expect(found).toEqual([
          expect.objectContaining({ rule, start: prefix.length, end: prefix.length + planted.written.length, secret: redact(planted.value), fingerprint: fingerprint(rule, 'src/a.ts', planted.value) }),
        ]);
        expect(mayContainFindings(text)).toBe(true);
        expect(bytesMayContainFindings(Buffer.from(text, 'utf8'))).toBe(true);
      }),
      RUNS,
    );
  });

  it('never puts a full secret in any field of any match', () => {
    const generic = fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/);
    const secret = fc.oneof(key.map((planted) => planted.value), generic);
    const context = fc.constantFrom(
      (value: string) => `${API_KEY_VAR}=${value}`,
      (value: string) => `export ${API_KEY_VAR}="${value}"`,
      (value: string) => `${NEXT_PUBLIC_KEY}=${value}`,
      (value: string) => `  ${NEXT_PUBLIC_KEY}: '${value}'`,
      (value: string) => `curl -H "${API_KEY_HEADER}: ${value}" https://api`,
      (value: string) => `headers: { '${API_KEY_HEADER.toLowerCase()}': '${value}' }`,
      (value: string) => `{"${API_KEY_VAR}": "${value}"}`,
      (value: string) => `const k = '${value}';`,
    );
    fc.assert(
      fc.property(filler, context, secret, filler, fc.constantFrom('.env', '.env.local', 'src/a.ts', 'ci.yml', 'notes.txt'), (before, make, value, after, file) => {
        const output = JSON.stringify(scanText(`${before}\n${make(value)}\n${after}`, { file, inlineAllow: false }));
        expect(output).not.toContain(value);
      }),
      RUNS,
    );
  });

  it('is deterministic, and lines moving change positions but not fingerprints', () => {
    fc.assert(
      fc.property(filler, key, filler, fc.array(fc.constantFrom('// moved\n', '\n', '\r\n', 'import x from "y";\n'), { minLength: 1, maxLength: 5 }), (before, planted, after, inserted) => {
        const text = `${before}\nconst k = '${planted.value}';\n${after}`;
        const shifted = inserted.join('') + text;
        const first = scanText(text, { file: 'src/a.ts' });
        expect(scanText(text, { file: 'src/a.ts' })).toEqual(first);
        const moved = scanText(shifted, { file: 'src/a.ts' });
        expect(moved.map((match) => match.fingerprint)).toEqual(first.map((match) => match.fingerprint));
        expect(moved.map((match) => match.line)).toEqual(first.map((match) => match.line + inserted.length));
      }),
      RUNS,
    );
  });

  it('never lets the byte prefilter skip UTF-8 text in which a rule reports something', () => {
    const marker = fc.oneof(
      key.map((planted) => `k='${planted.value}'`),
      escapedKey.map((planted) => `k='${planted.written}'`),
      fc.constantFrom(`${API_KEY_VAR}=aB3dE5gH7jK9mN1pQ`, `${NEXT_PUBLIC_KEY}: x`),
      fc.mixedCase(fc.constant(API_KEY_HEADER)).map((header) => `${header}: Zx9Yw8Vu7Ts6Rq5Po4`),
    );
    fc.assert(
      fc.property(filler, fc.option(marker), filler, (before, planted, after) => {
        const text = `${before}\n${planted ?? ''}\n${after}`;
        if (scanText(text, { file: '.env' }).length > 0) expect(bytesMayContainFindings(Buffer.from(text, 'utf8'))).toBe(true);
      }),
      RUNS,
    );
  });
});
