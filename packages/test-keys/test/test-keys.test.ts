import { KEY_PREFIXES, createKeyTokenPattern, parseApiKey } from '@optimocms/auth-types';
import { describe, expect, it } from 'vitest';
import { GUIDE_EXAMPLE_KEY, PLACEHOLDER_STYLES, genericSecret, keyWithBody, placeholderKey, testKey, testKeyBody } from '../src/index.js';

/** Whole-text key tokens, as every tool finds them. */
const tokensIn = (text: string): string[] => [...text.matchAll(createKeyTokenPattern())].map((match) => match[0]);

describe('testKey', () => {
  it('is the same key for the same seed, and another for another seed or environment', () => {
    expect(testKey('live', 'billing')).toBe(testKey('live', 'billing'));
    expect(testKey('live', 'billing')).not.toBe(testKey('live', 'search'));
    expect(testKey('live', 1)).not.toBe(testKey('live', 2));
    expect(parseApiKey(testKey('live', 'x'))?.body).not.toBe(parseApiKey(testKey('sandbox', 'x'))?.body);
  });

  it('is one whole key token of its environment, with a 16-character body by default', () => {
    for (const environment of ['live', 'sandbox'] as const) {
      const key = testKey(environment, 'shape');
      expect(key.startsWith(KEY_PREFIXES[environment])).toBe(true);
      expect(parseApiKey(key)).toMatchObject({ environment });
      expect(parseApiKey(key)?.body).toHaveLength(16);
      expect(tokensIn(`a=${key};`)).toEqual([key]);
    }
    expect(parseApiKey(testKey('live', 'long', 40))?.body).toHaveLength(40);
  });

  it('refuses a body shorter than a key has', () => {
    expect(() => testKey('live', 0, 11)).toThrow(RangeError);
  });

  it('mixes upper case, lower case and digits, without vowels or x', () => {
    const body = testKeyBody('mix', 60);
    expect(body).toMatch(/[A-Z]/);
    expect(body).toMatch(/[a-z]/);
    expect(body).toMatch(/[0-9]/);
    expect(body).not.toMatch(/[aeiouxAEIOUX]/);
  });
});

describe('other made-up values', () => {
  it('builds a key around an exact body', () => {
    expect(keyWithBody('sandbox', 'Q1w2E3r4T5y6')).toBe(`${KEY_PREFIXES.sandbox}Q1w2E3r4T5y6`);
    expect(parseApiKey(GUIDE_EXAMPLE_KEY)).toEqual({ environment: 'live', body: 'abc123def456' });
  });

  it('makes generic secrets that carry no key prefix', () => {
    expect(genericSecret('a')).toBe(genericSecret('a'));
    expect(genericSecret('a')).not.toBe(genericSecret('b'));
    expect(genericSecret('a')).toHaveLength(20);
    expect(tokensIn(genericSecret('a'))).toEqual([]);
  });

  it.each(PLACEHOLDER_STYLES)('makes a key-shaped %s placeholder', (style) => {
    const key = placeholderKey('sandbox', style);
    expect(tokensIn(key)).toEqual([key]);
    expect(key.startsWith(KEY_PREFIXES.sandbox)).toBe(true);
  });
});
