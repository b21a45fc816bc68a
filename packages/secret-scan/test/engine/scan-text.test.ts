import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS, mayContainFindings, scanText, type Match } from '../../src/index.js';
import { API_KEY_VAR, GENERIC, LIVE_KEY, NEXT_PUBLIC_KEY, SANDBOX_KEY } from './fixtures.js';

const MIXED = [
  `${NEXT_PUBLIC_KEY}=${LIVE_KEY}`,
  `${API_KEY_VAR}=${GENERIC}`,
  `SANDBOX=${SANDBOX_KEY}`,
  `curl -H "X-Api-Key: ${GENERIC}" https://api.optimocms.com`,
].join('\n');

describe('scanText', () => {
  it('returns every field of a Match, sorted by position', () => {
    const matches = scanText(MIXED, { file: '.env.local' });
    expect(matches.map((match) => [match.rule, match.line, match.column])).toEqual([
      ['public-env-exposure', 1, 1],
      // A committed dotenv file with a browser-public key variable is a committed key too.
      ['env-file-committed', 1, NEXT_PUBLIC_KEY.length + 2],
      ['live-key', 1, NEXT_PUBLIC_KEY.length + 2],
      ['env-file-committed', 2, API_KEY_VAR.length + 2],
      ['sandbox-key', 3, 9],
      ['generic-key-assignment', 4, 21],
    ]);
    const first = matches[0] as Match;
    expect(Object.keys(first).sort()).toEqual(['column', 'end', 'endColumn', 'endLine', 'fingerprint', 'line', 'rule', 'secret', 'severity', 'start']);
    expect(Object.keys(matches[2] as Match)).toContain('environment');
    for (const match of matches) {
      expect(match.severity).toBe(RULES[match.rule].severity);
      expect(match.endLine).toBe(match.line);
      expect(match.end - match.start).toBe(match.endColumn - match.column);
      expect(match.fingerprint.startsWith(`${match.rule}:.env.local:`)).toBe(true);
    }
  });

  it('runs only the rules asked for', () => {
    for (const rule of RULE_IDS) {
      const matches = scanText(MIXED, { file: '.env.local', rules: [rule] });
      expect(matches.length).toBeGreaterThan(0);
      expect(matches.every((match) => match.rule === rule)).toBe(true);
    }
    expect(scanText(MIXED, { rules: [] })).toEqual([]);
  });

  it('uses an empty file name when none is given', () => {
    expect(scanText(LIVE_KEY)[0]?.fingerprint.startsWith('live-key::')).toBe(true);
  });

  it('is deterministic', () => {
    expect(scanText(MIXED, { file: '.env' })).toEqual(scanText(MIXED, { file: '.env' }));
  });

  it('never puts a full secret in any field', () => {
    const json = JSON.stringify(scanText(MIXED, { file: '.env' }));
    for (const secret of [LIVE_KEY, SANDBOX_KEY, GENERIC]) expect(json).not.toContain(secret);
  });

  it('every rule has metadata for reports', () => {
    for (const id of RULE_IDS) {
      const meta = RULES[id];
      expect(meta.id).toBe(id);
      expect(meta.shortDescription.length).toBeGreaterThan(0);
      expect(meta.fullDescription.length).toBeGreaterThan(meta.shortDescription.length);
      expect(meta.help.length).toBeGreaterThan(0);
    }
  });
});

describe('mayContainFindings', () => {
  it('is false for text that no rule can match, and scanText agrees', () => {
    const text = 'export function add(a: number, b: number) { return a + b; }\n'.repeat(100);
    expect(mayContainFindings(text)).toBe(false);
    expect(scanText(text, { file: '.env' })).toEqual([]);
  });

  it('is false for code that only uses the SDK (case matters for key prefixes and variable names)', () => {
    const text = "import { OptimoCMS } from '@optimocms/sdk';\nconst cms = new OptimoCMS({ apiKey: process.env.KEY! });\n// https://api.optimocms.com\nOPTIMO_LIVE_";
    expect(mayContainFindings(text)).toBe(false);
  });

  it.each([
    ['a key prefix', `k = ${LIVE_KEY}`],
    ['an OptimoCMS variable name', `${API_KEY_VAR}=1`],
    ['a public variable name', NEXT_PUBLIC_KEY],
    ['the header in any case', 'x-API-key: 1'],
  ])('is true for text with %s', (_name, text) => {
    expect(mayContainFindings(text)).toBe(true);
  });

  it('only needs the ASCII markers: Latin-1 decoded UTF-8 bytes give the same answer', () => {
    const text = `// café 😀\nconst k = '${LIVE_KEY}';`;
    const latin1 = Buffer.from(text, 'utf8').toString('latin1');
    expect(mayContainFindings(latin1)).toBe(true);
    expect(mayContainFindings(Buffer.from('// café 😀\n', 'utf8').toString('latin1'))).toBe(false);
  });
});
