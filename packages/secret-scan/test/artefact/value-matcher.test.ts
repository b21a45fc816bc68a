import { genericSecret, testKey } from '@optimocms/test-keys';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyValuesOf, MIN_VALUE_LENGTH } from '../../src/cli/artefact/env-values.js';
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
