import { describe, expect, it } from 'vitest';
import { KEY_PREFIXES } from '@optimocms/auth-types';
import { fingerprint, hashSecret, redact, scanText } from '../../src/index.js';
import { fingerprintAs } from '../../src/engine/redact.js';
import { GENERIC, GUIDE_KEY, LIVE, LIVE_KEY, SANDBOX, SANDBOX_KEY, live } from './fixtures.js';

describe('redact', () => {
  it('shows the prefix and the first 4 characters of the body', () => {
    expect(redact(GUIDE_KEY)).toBe(`${LIVE}abc1…`);
    expect(redact(SANDBOX_KEY)).toBe(`${SANDBOX}Zx9C…`);
  });

  it('never shows more than prefix + 4 characters, however long the key', () => {
    const long = live('Q1w2E3r4'.repeat(16));
    expect(redact(long)).toBe(`${LIVE}Q1w2…`);
  });

  it('shows the first 4 characters of a value without a known prefix', () => {
    expect(redact(GENERIC)).toBe('aB3d…');
  });

  it('shows at most a third of a short value', () => {
    expect(redact('abcdef')).toBe('ab…');
    expect(redact('ab')).toBe('…');
    expect(redact('')).toBe('…');
    expect(redact(LIVE)).toBe(`${LIVE}…`);
  });

  it('is what scanText reports as the secret', () => {
    expect(scanText(`k = "${LIVE_KEY}"`)[0]?.secret).toBe(redact(LIVE_KEY));
  });
});

describe('fingerprint', () => {
  it('is made of the rule, the file and a hash of the secret', () => {
    expect(fingerprint('live-key', 'src/a.ts', LIVE_KEY)).toBe(`live-key:src/a.ts:${hashSecret(LIVE_KEY).slice(0, 16)}`);
    expect(hashSecret(LIVE_KEY)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('survives lines moving', () => {
    const before = scanText(`const k = '${LIVE_KEY}';\n`, { file: 'src/a.ts' });
    const after = scanText(`// a new comment\n\nimport x from 'y';\n    const k = '${LIVE_KEY}';\n`, { file: 'src/a.ts' });
    expect(after[0]?.line).not.toBe(before[0]?.line);
    expect(after[0]?.fingerprint).toBe(before[0]?.fingerprint);
  });

  it('differs per file, per rule and per secret', () => {
    const base = fingerprint('live-key', 'src/a.ts', LIVE_KEY);
    expect(fingerprint('live-key', 'src/b.ts', LIVE_KEY)).not.toBe(base);
    expect(fingerprint('env-file-committed', 'src/a.ts', LIVE_KEY)).not.toBe(base);
    expect(fingerprint('live-key', 'src/a.ts', GUIDE_KEY)).not.toBe(base);
  });

  it('fingerprintAs gives the fingerprint of the same secret and file under another rule, whatever the path holds', () => {
    for (const file of ['dist/a.js', 'dist/a:b.js', 'C:/out/a.js']) {
      expect(fingerprintAs('key-in-bundle', fingerprint('live-key', file, LIVE_KEY))).toBe(fingerprint('key-in-bundle', file, LIVE_KEY));
    }
  });

  it('never contains the secret', () => {
    for (const prefix of Object.values(KEY_PREFIXES)) {
      const key = `${prefix}Q1w2E3r4T5y6U7i8`;
      const print = fingerprint('live-key', 'a', key);
      expect(print).not.toContain(key);
      expect(print).not.toContain('Q1w2E3r4T5y6');
    }
  });
});
