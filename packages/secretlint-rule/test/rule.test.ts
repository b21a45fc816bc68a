import { readFileSync } from 'node:fs';
import { findKeyTokens, scanText } from '@optimocms/secret-scan';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creator, MESSAGE_IDS, RULE_ID } from '../src/index.js';
import { GUIDE_KEY, LIVE, LIVE_KEY, SANDBOX, SANDBOX_KEY } from './keys.js';
import { lint } from './lint.js';

/** What a report may show of a key: never the whole key. */
function expectNoWholeKey(values: readonly unknown[]): void {
  for (const value of values) expect(findKeyTokens(JSON.stringify(value))).toEqual([]);
}

describe('meta', () => {
  it('is a text scanner whose id is the package name', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string };
    expect(creator.meta).toMatchObject({ id: pkg.name, type: 'scanner', recommended: true, supportedContentTypes: ['text'] });
    expect(RULE_ID).toBe(pkg.name);
  });

  it('has one message id per key environment', () => {
    expect(Object.keys(creator.messages).sort()).toEqual(Object.values(MESSAGE_IDS).sort());
  });
});

describe('reports', () => {
  it('a live key with its message id, range, location and the redacted key', async () => {
    const text = `export const cms = new OptimoCMS({\n  apiKey: '${LIVE_KEY}',\n});\n`;
    const [message, ...rest] = await lint(text);
    expect(rest).toEqual([]);
    const start = text.indexOf(LIVE_KEY);
    expect(message).toMatchObject({
      ruleId: RULE_ID,
      messageId: 'LIVE_API_KEY',
      severity: 'error',
      range: [start, start + LIVE_KEY.length],
      loc: { start: { line: 2, column: 11 }, end: { line: 2, column: 11 + LIVE_KEY.length } },
      data: { KEY: `${LIVE}Q1w2…` },
      docsUrl: expect.stringMatching(/packages\/secretlint-rule\/README\.md#LIVE_API_KEY$/) as unknown,
    });
    expect(message?.message).toBe(
      `found OptimoCMS live API key: ${LIVE}Q1w2…. It acts on production data: rotate it and read it from OPTIMOCMS_LIVE_KEY or OPTIMOCMS_API_KEY.`,
    );
  });

  it('a sandbox key with its own message id', async () => {
    const messages = await lint(`OPTIMOCMS_SANDBOX_KEY=${SANDBOX_KEY}\n`, { filePath: '/project/.env.development' });
    expect(messages.map((message) => [message.messageId, message.data])).toEqual([['SANDBOX_API_KEY', { KEY: `${SANDBOX}Zk8J…` }]]);
  });

  it("the guide's documented key, which is not a placeholder", async () => {
    expect((await lint(`const cms = new OptimoCMS({ apiKey: '${GUIDE_KEY}' });`)).map((message) => message.messageId)).toEqual(['LIVE_API_KEY']);
  });

  it('keys in every kind of text the scanner reads', async () => {
    const texts = [
      `{"mcpServers":{"cms":{"env":{"OPTIMOCMS_API_KEY":"${LIVE_KEY}"}}}}`,
      `curl -H "X-Api-Key: ${LIVE_KEY}" https://api.optimocms.com/v1/sites`,
      `https://api.optimocms.com/v1/sites?api_key=${SANDBOX_KEY}&page=2`,
      `ENV OPTIMOCMS_API_KEY=${LIVE_KEY}`,
      `{"source":["const k = \\"${SANDBOX_KEY}\\";\\n"]}`,
      `!function(){var a="${LIVE_KEY}",b=1;fetch(u,{headers:{"X-Api-Key":a}})}();`,
    ];
    for (const text of texts) expect(await lint(text), text.slice(0, 20)).toHaveLength(1);
  });

  it('every key of a file, in order', async () => {
    const text = `a = '${LIVE_KEY}'\nb = '${SANDBOX_KEY}'\nc = '${GUIDE_KEY}'\n`;
    expect((await lint(text)).map((message) => [message.messageId, message.loc.start.line])).toEqual([
      ['LIVE_API_KEY', 1],
      ['SANDBOX_API_KEY', 2],
      ['LIVE_API_KEY', 3],
    ]);
  });
});

describe('does not report', () => {
  it.each([
    ['a placeholder with a word', `apiKey: '${LIVE}your_api_key_here'`],
    ['an x run', `OPTIMOCMS_API_KEY=${LIVE}xxxxxxxxxxxxxxxx`],
    ['one repeated character', `key = '${SANDBOX}0000000000000000'`],
    ['prefix-only code', `if (key.startsWith('${LIVE}')) return 'live';`],
    ['a regular expression for keys', `const pattern = /${LIVE}[A-Za-z0-9]{12,}/;`],
    ['a body that is too short', `key = '${LIVE}abc123'`],
    ['a token glued to a longer word', `key = 'x${LIVE_KEY}'`],
    ['a line with optimocms-scan-allow', `const key = '${LIVE_KEY}'; // optimocms-scan-allow`],
    ['a line with gitleaks:allow', `key: ${LIVE_KEY} # gitleaks:allow`],
    ['a reference to the environment', 'new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! })'],
    ['another vendor', `stripe = '${['sk', 'live', '51H8aKjL2eZvKYlo2C9xq8Wm3'].join('_')}'`],
  ])('%s', async (_name, text) => {
    expect(await lint(text)).toEqual([]);
  });

  it('binary content (secretlint only passes text to the rule)', async () => {
    expect(await lint(`\u0000\u0001${LIVE_KEY}`, { contentType: 'binary' })).toEqual([]);
  });
});

describe('agrees with optimocms-scan', () => {
  const bodyCharacter = fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789');
  const filler = fc.string({ unit: fc.constantFrom(...' \n\t"\'=:;,{}()[]abcXYZ019_-/.'), maxLength: 40 });
  const token = fc.tuple(fc.constantFrom(LIVE, SANDBOX), fc.string({ unit: bodyCharacter, minLength: 10, maxLength: 30 })).map(([prefix, body]) => prefix + body);

  it('reports exactly the live-key and sandbox-key matches of the engine, at the same ranges', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(filler, token), { maxLength: 5 }), filler, async (parts, tail) => {
        const text = parts.map(([before, key]) => before + key).join('') + tail;
        const expected = scanText(text, { rules: ['live-key', 'sandbox-key'] }).map((match) => [match.start, match.end, MESSAGE_IDS[match.environment ?? 'live']]);
        const messages = await lint(text);
        expect(messages.map((message) => [message.range[0], message.range[1], message.messageId])).toEqual(expected);
        expectNoWholeKey(messages);
      }),
      { numRuns: 200 },
    );
  });
});

describe('allows option (secretlint RegExp-like strings)', () => {
  const text = `live = '${LIVE_KEY}'\nsandbox = '${SANDBOX_KEY}'\n`;

  it('a plain string allows keys that contain it', async () => {
    expect((await lint(text, { options: { allows: [SANDBOX_KEY] } })).map((message) => message.messageId)).toEqual(['LIVE_API_KEY']);
  });

  it('a plain string is literal, not a pattern', async () => {
    expect(await lint(text, { options: { allows: [`${LIVE}.*`] } })).toHaveLength(2);
  });

  it('a /regex/ string allows the keys it matches', async () => {
    expect((await lint(text, { options: { allows: [`/^${SANDBOX}/`] } })).map((message) => message.messageId)).toEqual(['LIVE_API_KEY']);
  });

  it('honours regex flags', async () => {
    expect(await lint(text, { options: { allows: ['/q1W2e3/'] } })).toHaveLength(2);
    expect((await lint(text, { options: { allows: ['/q1W2e3/i'] } })).map((message) => message.messageId)).toEqual(['SANDBOX_API_KEY']);
  });

  it('a pattern that matches nothing changes nothing', async () => {
    expect(await lint(text, { options: { allows: ['/^nothing$/', 'other-vendor'] } })).toHaveLength(2);
  });

  it('an invalid regular expression is a one-line error naming the pattern', async () => {
    await expect(lint(text, { options: { allows: ['/(unclosed/'] } })).rejects.toThrow(/^@optimocms\/secretlint-rule-api-key: allow pattern \/\(unclosed\/ is not a valid regular expression/);
  });
});

describe('secretlint settings', () => {
  const text = `live = '${LIVE_KEY}'\nsandbox = '${SANDBOX_KEY}'\n`;

  it('severity maps to every report (the engine calls both kinds errors; secretlint defaults to error)', async () => {
    expect((await lint(text)).map((message) => message.severity)).toEqual(['error', 'error']);
    expect((await lint(text, { severity: 'warning' })).map((message) => message.severity)).toEqual(['warning', 'warning']);
    expect((await lint(text, { severity: 'info' })).map((message) => message.severity)).toEqual(['info', 'info']);
  });

  it('allowMessageIds silences one key kind', async () => {
    expect((await lint(text, { allowMessageIds: ['SANDBOX_API_KEY'] })).map((message) => message.messageId)).toEqual(['LIVE_API_KEY']);
  });

  it('maskSecrets masks even the redacted key', async () => {
    const messages = await lint(text, { maskSecrets: true });
    expect(messages.map((message) => message.data)).toEqual([{ KEY: '*'.repeat(`${LIVE}Q1w2…`.length) }, { KEY: '*'.repeat(`${SANDBOX}Zk8J…`.length) }]);
    for (const message of messages) expect(message.message).not.toContain('optimo_');
  });

  it('never reports a whole key, masked or not', async () => {
    expectNoWholeKey(await lint(text));
    expectNoWholeKey(await lint(text, { maskSecrets: true }));
  });
});
