import { describe, expect, it } from 'vitest';
import { ALLOW_REASON_MAX_LENGTH, allowReason, scanText } from '../../src/index.js';
import { LIVE_KEY, SANDBOX_KEY } from './fixtures.js';

/** The reason of the first marker in `line`. */
function reasonOf(line: string, marker = 'optimocms-scan-allow'): string | undefined {
  return allowReason(line, line.indexOf(marker) + marker.length);
}

describe('allowReason: the text after the marker and a colon', () => {
  it.each([
    ['// optimocms-scan-allow: test fixture', 'test fixture'],
    ['# optimocms-scan-allow:rotated 2026-11', 'rotated 2026-11'],
    ['/* optimocms-scan-allow: docs example */ x', 'docs example'],
    ['<!-- optimocms-scan-allow: the guide\'s example -->', "the guide's example"],
    ['"note": "optimocms-scan-allow: fixture",', 'fixture'],
    ['// optimocms-scan-allow', undefined],
    ['// optimocms-scan-allow:', undefined],
    ['// optimocms-scan-allow: --', undefined],
    ['// optimocms-scan-allow test fixture', undefined],
  ])('%s → %s', (line, reason) => {
    expect(reasonOf(line)).toBe(reason);
  });

  it('stops at the end of the line (CR, LF, U+2028)', () => {
    for (const lineBreak of ['\r', '\n', '\r\n', '\u2028']) expect(reasonOf(`// optimocms-scan-allow: fixture${lineBreak}next: line`)).toBe('fixture');
  });

  it('works after every marker', () => {
    expect(reasonOf('# gitleaks:allow: migrated', 'gitleaks:allow')).toBe('migrated');
    expect(reasonOf('# pragma: allowlist secret: vendored', 'pragma: allowlist secret')).toBe('vendored');
  });

  it('never holds a key: keys in a reason are redacted', () => {
    const reason = reasonOf(`// optimocms-scan-allow: same as ${LIVE_KEY} in CI`);
    expect(reason).toBe(`same as ${LIVE_KEY.slice(0, 'optimo_live_'.length + 4)}… in CI`);
  });

  it('is cut to ALLOW_REASON_MAX_LENGTH characters', () => {
    const reason = reasonOf(`// optimocms-scan-allow: ${'why '.repeat(100)}`) as string;
    expect(reason).toHaveLength(ALLOW_REASON_MAX_LENGTH);
    expect(reason.endsWith('…')).toBe(true);
  });
});

describe('scanText keepSuppressed', () => {
  const text = `const a = '${LIVE_KEY}'; // optimocms-scan-allow: test fixture\n/* gitleaks:allow */ const b = '${SANDBOX_KEY}';\nconst c = '${SANDBOX_KEY}';\n`;

  it('returns covered matches with the marker, its position and reason', () => {
    const matches = scanText(text, { keepSuppressed: true });
    expect(matches.map((match) => [match.rule, match.line, match.suppressed])).toEqual([
      ['live-key', 1, { kind: 'inline', marker: 'optimocms-scan-allow', reason: 'test fixture', line: 1, column: text.indexOf('optimocms-scan-allow') + 1 }],
      ['sandbox-key', 2, { kind: 'inline', marker: 'gitleaks:allow', line: 2, column: 4 }],
      ['sandbox-key', 3, undefined],
    ]);
  });

  it('drops them by default, as before', () => {
    expect(scanText(text).map((match) => match.line)).toEqual([3]);
  });

  it('inlineAllow: false still reports them as plain findings', () => {
    expect(scanText(text, { inlineAllow: false, keepSuppressed: true }).map((match) => match.suppressed)).toEqual([undefined, undefined, undefined]);
  });
});
