import { describe, expect, it } from 'vitest';
import { INLINE_ALLOW_MARKERS, hasInlineAllow, scanText } from '../../src/index.js';
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
