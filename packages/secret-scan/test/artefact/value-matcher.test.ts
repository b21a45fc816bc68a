import { genericSecret, testKey } from '@optimocms/test-keys';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyValuesOf, MIN_VALUE_LENGTH, readEnvValues } from '../../src/cli/artefact/env-values.js';
import { ValueMatcher } from '../../src/cli/artefact/value-matcher.js';

const VALUE = genericSecret('matcher', 24);
const LONGER = `${VALUE}Zq9`;
// Built at run time: written out beside a value, the scanner's public-env-exposure rule would report this file.
const PUBLIC_KEY_VARIABLE = ['NEXT', 'PUBLIC', 'OPTIMOCMS_API_KEY'].join('_');

describe('ValueMatcher', () => {
  it('finds every value in one pass, the longest where one contains another, and names every variable holding it', () => {
    const matcher = new ValueMatcher([
      { name: 'OPTIMOCMS_API_KEY', value: VALUE },
      { name: PUBLIC_KEY_VARIABLE, value: VALUE },
      { name: 'OPTIMOCMS_LIVE_KEY', value: LONGER },
    ]);
    const text = `a="${VALUE}";b="${LONGER}";`;
    expect(matcher.find(text).map(({ start, end, names }) => [start, end, names])).toEqual([
      [3, 3 + VALUE.length, [PUBLIC_KEY_VARIABLE, 'OPTIMOCMS_API_KEY']],
      [text.indexOf(LONGER), text.indexOf(LONGER) + LONGER.length, ['OPTIMOCMS_LIVE_KEY']],
    ]);
  });

  it('finds a value written as a JSON string or in HTML, with regular-expression characters taken literally', () => {
    const value = 'a.b*c"d</e>&f';
    const matcher = new ValueMatcher([{ name: 'OPTIMOCMS_TOKEN', value }]);
    expect(matcher.find(`x${JSON.stringify(value)}`)).toHaveLength(1);
    expect(matcher.find('<p>a.b*c&quot;d&lt;/e&gt;&amp;f</p>')).toHaveLength(1);
    expect(matcher.find('aXbbc"d</e>&f')).toEqual([]);
  });

  it('reports exactly the occurrences indexOf finds, for any values and text', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9]{8,16}$/);
    fc.assert(
      fc.property(fc.uniqueArray(token, { minLength: 1, maxLength: 6 }), fc.array(fc.oneof(token, fc.string({ maxLength: 6 })), { maxLength: 30 }), (values, parts) => {
        const distinct = values.filter((value) => !values.some((other) => other !== value && other.includes(value)));
        const text = parts.concat(distinct).join(' ');
        const found = new ValueMatcher(distinct.map((value, index) => ({ name: `V${index}`, value }))).find(text);
        for (const value of distinct) expect(found.filter((match) => match.value === value).length).toBeGreaterThanOrEqual(1);
        for (const match of found) expect(text.slice(match.start, match.end)).toBe(match.value);
      }),
    );
  });
});

describe('keyValuesOf', () => {
  it('keeps OptimoCMS credential variables and any variable holding a key; drops short values, placeholders and references', () => {
    const key = testKey('sandbox', 'env');
    const values = keyValuesOf([
      ['OPTIMOCMS_API_KEY', VALUE],
      ['CMS_TOKEN', key],
      ['DATABASE_URL', 'postgres://localhost/app'],
      ['OPTIMOCMS_SECRET', 'a'.repeat(MIN_VALUE_LENGTH - 1)],
      ['OPTIMOCMS_LIVE_KEY', 'your-key-here-please'],
      ['OPTIMOCMS_SANDBOX_KEY', '${OPTIMOCMS_API_KEY}'],
      ['OPTIMOCMS_BASE_URL', 'https://api.optimocms.com'],
    ]);
    expect(values.map((value) => value.name)).toEqual(['OPTIMOCMS_API_KEY', 'CMS_TOKEN']);
  });
});

describe('readEnvValues', () => {
  it("reads .env, .env.* and the framework model's secret files (.dev.vars), not the templates; the environment only when asked", () => {
    const dir = mkdtempSync(join(tmpdir(), 'optimocms-env-values-'));
    try {
      writeFileSync(join(dir, '.env'), `OPTIMOCMS_API_KEY=${VALUE}\n`);
      writeFileSync(join(dir, '.env.production.local'), `OPTIMOCMS_LIVE_KEY="${LONGER}"\n`);
      writeFileSync(join(dir, '.env.example'), `OPTIMOCMS_SANDBOX_KEY=${genericSecret('template', 24)}\n`);
      writeFileSync(join(dir, '.dev.vars'), `OPTIMOCMS_TOKEN=${genericSecret('wrangler', 24)}\n`);
      const fromFiles = readEnvValues([dir], undefined);
      expect(fromFiles.values.map((value) => value.name).sort()).toEqual(['OPTIMOCMS_API_KEY', 'OPTIMOCMS_LIVE_KEY', 'OPTIMOCMS_TOKEN']);
      expect(fromFiles.values.find((value) => value.name === 'OPTIMOCMS_LIVE_KEY')?.value).toBe(LONGER);
      expect(fromFiles.processEnv).toBe(false);
      const withEnv = readEnvValues([dir], { OPTIMOCMS_SECRET: genericSecret('ci', 24), PATH: '/usr/bin' });
      expect(withEnv.values.map((value) => value.name)).toContain('OPTIMOCMS_SECRET');
      expect(withEnv.values.map((value) => value.name)).not.toContain('PATH');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
