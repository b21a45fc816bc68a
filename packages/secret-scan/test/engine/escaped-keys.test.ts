import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { placeholderKey, testKey } from '@optimocms/test-keys';
import { bytesMayContainFindings, findKeyTokens, fingerprint, mayContainFindings, redact, scanText } from '../../src/index.js';
import { ESCAPE_STYLES, escapeAt, escapeCharacter } from './fixtures.js';

// ESLint reads a string's cooked value, so it reports `'\u006fptimo_live_…'`; the scanner and the
// codemod read raw text. The engine reads escapes as a program does, so all three see the same keys.
const key = testKey('live', 'escaped');
const sandboxKey = testKey('sandbox', 'escaped');
const first = [0];
const every = [...key].map((_char, index) => index);

/** The string a JavaScript program reads from `source` (a string literal's content), by the JavaScript engine itself. */
const cooked = (source: string): string => runInNewContext(`"${source}"`) as string;

/** The one finding expected for `written` (the key as the source writes it) inside `text`. */
function expectEscapedKeyAt(text: string, written: string, decoded = key): void {
  const start = text.indexOf(written);
  expect(scanText(text, { file: 'src/a.ts' })).toEqual([
    expect.objectContaining({ rule: decoded === key ? 'live-key' : 'sandbox-key', start, end: start + written.length, column: start + 1, endColumn: start + written.length + 1, secret: redact(decoded), fingerprint: fingerprint(decoded === key ? 'live-key' : 'sandbox-key', 'src/a.ts', decoded) }),
  ]);
}

describe('keys written with escapes', () => {
  for (const style of ESCAPE_STYLES) {
    it(`finds a key whose first character is written as ${escapeCharacter('o', style)}`, () => {
      const written = escapeAt(key, first, style);
      expect(cooked(written)).toBe(key);
      expectEscapedKeyAt(`const k = '${written}';`, written);
    });
  }

  it('finds a key written entirely with escapes, prefix and body', () => {
    const written = escapeAt(key, every);
    expect(written).not.toContain('optimo');
    expectEscapedKeyAt(`{"apiKey": "${written}"}`, written);
  });

  it('finds a sandbox key with its underscores escaped', () => {
    const underscores = [...sandboxKey].flatMap((char, index) => (char === '_' ? [index] : []));
    const written = escapeAt(sandboxKey, underscores, 'x2');
    expectEscapedKeyAt(`x = "${written}"`, written, sandboxKey);
  });

  it('reads the body on through an escape: one finding for the whole key, not one cut at the backslash', () => {
    const written = escapeAt(key, [key.length - 2]);
    expectEscapedKeyAt(`k = '${written}'`, written);
    expect(findKeyTokens(written)).toEqual([{ start: 0, end: written.length, environment: 'live', value: key }]);
  });

  it('finds a key in JSON that is itself inside an escaped JSON string', () => {
    const written = escapeAt(key, first).replace('\\', '\\\\');
    const text = `{"payload": "{\\"k\\":\\"${written}\\"}"}`;
    expect(findKeyTokens(text).map((token) => token.value)).toEqual([key]);
  });

  it('gives findKeyTokens the decoded key and the range of the escaped source', () => {
    const written = escapeAt(key, [0, 7, 20], 'braced');
    const text = `a = "${written}";`;
    expect(findKeyTokens(text)).toEqual([{ start: 5, end: 5 + written.length, environment: 'live', value: key }]);
  });

  it('is admitted by both prefilters', () => {
    const text = `k = "${escapeAt(key, every, 'x2')}"`;
    expect(mayContainFindings(text)).toBe(true);
    expect(bytesMayContainFindings(Buffer.from(text))).toBe(true);
  });

  it('honours an inline allow marker next to an escaped key', () => {
    expect(scanText(`k = "${escapeAt(key, first)}"; // gitleaks:allow`)).toEqual([]);
  });

  it('keeps a placeholder written with escapes a placeholder', () => {
    expect(scanText(`k = "${escapeAt(placeholderKey('live', 'x'), first)}"`)).toEqual([]);
  });

  const notKeys: [string, string][] = [
    // The program reads `Aoptimo_live_…`: glued to a letter, so no key (ESLint agrees).
    ['a key glued to an escaped letter', `"${escapeCharacter('A', 'u4')}${key}"`],
    ['a key glued to an escaped digit', `"${escapeCharacter('7', 'x2')}${escapeAt(key, first)}"`],
    ['an escaped prefix with an 11-character body', `"${escapeAt(key.slice(0, 12 + 11), first)}"`],
    ['an incomplete \\u escape', `"\\u06fptimo_${key.slice(7)}"`],
    ['an incomplete \\x escape', `"\\x6ptimo_${key.slice(7)}"`],
    ['an empty \\u{} escape', `"\\u{}ptimo_${key.slice(7)}"`],
    ['an upper-case \\U (no escape in JavaScript)', `"\\U006fptimo_${key.slice(7)}"`],
  ];
  for (const [name, text] of notKeys) {
    it(`does not report ${name}`, () => expect(scanText(text, { rules: ['live-key', 'sandbox-key'] })).toEqual([]));
  }

  it('still ends a word at an escape of a character that is not a letter or digit', () => {
    for (const before of ['\\n', '\\u0022', '\\x22', '\\u{22}', '%22']) {
      const text = `"${before}${escapeAt(key, first)}"`;
      expect(findKeyTokens(text).map((token) => token.value)).toEqual([key]);
    }
  });
});
