import { describe, expect, it } from 'vitest';
import { isPlaceholder, scanText } from '../../src/index.js';
import { GENERIC, GUIDE_KEY, LIVE_KEY, SANDBOX_KEY, live, sandbox } from './fixtures.js';

describe('isPlaceholder', () => {
  const placeholders: [string, string][] = [
    ['one repeated character', live('000000000000')],
    ['one repeated letter', sandbox('aaaaaaaaaaaaaaaa')],
    ['an x run', live('xxxxxxxxxxxxxxxx')],
    ['an X run', live('XXXXXXXXXXXX')],
    ['a mixed-case x run with a suffix', live('xxxxXXXXxxxx1234')],
    ['an x run after real-looking characters', sandbox('Ab12xxxxxxxxxxxx')],
    ['your', live('YourKeyHere1234')],
    ['example', live('EXAMPLE1234567890')],
    ['placeholder', sandbox('placeholder12345')],
    ['dummy', live('dummykey12345678')],
    ['fake', live('FakeFakeFake1234')],
    ['redacted', live('REDACTED12345678')],
    ['changeme', sandbox('changeme12345678')],
    ['sample', live('sample1234567890')],
    ['test', sandbox('test1234567890ab')],
    ['a counting sequence', live('123456789012')],
    ['an alphabet sequence', live('abcdefghijklmnop')],
    ['a generic placeholder value', 'your-api-key-here'],
    ['a bracketed placeholder', '<YOUR_API_KEY>'],
    ['an ellipsis', 'sk-...'],
    ['stars', 'abcd************'],
    ['an empty value', ''],
    ['a bare prefix', live('')],
  ];
  for (const [name, value] of placeholders) {
    it(`treats ${name} as a placeholder`, () => expect(isPlaceholder(value)).toBe(true));
  }

  const secrets: [string, string][] = [
    ['the guide\'s documented example', GUIDE_KEY],
    ['a random live key', LIVE_KEY],
    ['a random sandbox key', SANDBOX_KEY],
    ['a generic credential', GENERIC],
    ['a body with a few x characters', live('x1Yx2Zx3Wx4V')],
    ['a random body that happens to hold a short word', live('Q7pTestR2vK9wZ4m')],
    ['a random body with "your" inside', sandbox('b8JyourN3qW5eR7tY2')],
    ['a hex body', live('0123456789abcdef')],
    ['a body of two alternating characters', live('abababababab')],
  ];
  for (const [name, value] of secrets) {
    it(`does not treat ${name} as a placeholder`, () => expect(isPlaceholder(value)).toBe(false));
  }

  it('scanText drops placeholder keys and keeps real ones', () => {
    const text = [live('xxxxxxxxxxxxxxxx'), live('YOURKEYHERE12345'), sandbox('000000000000'), GUIDE_KEY].join('\n');
    expect(scanText(text).map((match) => [match.rule, match.line])).toEqual([['live-key', 4]]);
  });
});
