// The repository's made-up keys must stay what each test takes them for: a
// generated key is a finding, a placeholder is not, for any seed.
import { GUIDE_EXAMPLE_KEY, PLACEHOLDER_STYLES, genericSecret, placeholderKey, testKey } from '@optimocms/test-keys';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlaceholder, scanText } from '../../src/index.js';

const environment = fc.constantFrom('live' as const, 'sandbox' as const);
const seed = fc.oneof(fc.string(), fc.integer());

describe('@optimocms/test-keys against the engine', () => {
  it('reports every generated key, as a key of its environment', () => {
    fc.assert(
      fc.property(environment, seed, fc.integer({ min: 12, max: 64 }), (env, keySeed, length) => {
        const key = testKey(env, keySeed, length);
        const matches = scanText(`const key = '${key}';\n`, { file: 'src/cms.ts' });
        expect(matches.map((match) => [match.rule, match.environment])).toEqual([[`${env}-key`, env]]);
        expect(matches[0]?.secret).not.toContain(key);
      }),
    );
  });

  it('reports the guide’s example key', () => {
    expect(scanText(`k = "${GUIDE_EXAMPLE_KEY}"`).map((match) => match.rule)).toEqual(['live-key']);
  });

  it.each(PLACEHOLDER_STYLES)('ignores the %s placeholder of both environments', (style) => {
    for (const env of ['live', 'sandbox'] as const) {
      expect(isPlaceholder(placeholderKey(env, style))).toBe(true);
      expect(scanText(`k = "${placeholderKey(env, style)}"`)).toEqual([]);
    }
  });

  it('makes generic secrets that are no placeholder', () => {
    fc.assert(fc.property(seed, (secretSeed) => !isPlaceholder(genericSecret(secretSeed))));
  });
});
