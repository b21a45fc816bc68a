import { describe, expect, it } from 'vitest';
import { findKeyTokens, scanText } from '../../src/index.js';
import { GUIDE_KEY, LIVE, LIVE_KEY, OTHER_VENDOR_KEYS, SANDBOX, SANDBOX_KEY, brief, live, positionOf, sandbox } from './fixtures.js';

/** The one finding expected for `key` in `text`, at the position computed independently. */
function expectKeyAt(text: string, key: string, file?: string): void {
  const { line, column } = positionOf(text, key);
  const rule = key.startsWith(LIVE) ? 'live-key' : 'sandbox-key';
  expect(brief(text, file === undefined ? {} : { file }).filter((match) => match.rule === rule)).toEqual([
    { rule, line, column, endColumn: column + key.length },
  ]);
}

describe('live-key and sandbox-key in any kind of text', () => {
  const contexts: [string, (key: string) => string, string?][] = [
    ['a TypeScript string', (key) => `import { OptimoCMS } from '@optimocms/sdk';\nconst cms = new OptimoCMS({ apiKey: '${key}' });\n`, 'src/cms.ts'],
    ['a JavaScript template literal', (key) => `const headers = { auth: \`${key}\` };`, 'a.js'],
    ['JSON', (key) => `{\n  "apiKey": "${key}"\n}\n`, 'config.json'],
    ['JSON inside an escaped JSON string', (key) => `{"payload": "{\\"k\\":\\"${key}\\"}"}`, 'event.json'],
    ['a JSON string after an escaped newline', (key) => `{"script": "line one\\n${key}\\nline three"}`, 'x.json'],
    ['a JSON string after \\u0022', (key) => `{"s": "\\u0022${key}\\u0022"}`, 'x.json'],
    ['a JSON string after \\x22', (key) => `const s = "\\x22${key}\\x22";`, 'x.js'],
    ['YAML', (key) => `services:\n  api:\n    environment:\n      API_KEY: ${key}\n`, 'docker-compose.yml'],
    ['a dotenv file', (key) => `# secrets\nAPI_KEY=${key}\n`, '.env'],
    ['Markdown', (key) => `# Setup\n\nRun with \`${key}\` as the key.\n`, 'README.md'],
    ['a curl header in shell', (key) => `#!/bin/sh\ncurl -H "X-Api-Key: ${key}" https://api.optimocms.com/v1/sites\n`, 'deploy.sh'],
    ['a URL query string', (key) => `https://api.optimocms.com/v1/pages?api_key=${key}&limit=10`, 'notes.txt'],
    ['a URL-encoded quoted value', (key) => `https://example.com/?q=%22${key}%22`, 'log.txt'],
    ['a Dockerfile', (key) => `FROM node:20\nENV API_KEY=${key}\nRUN npm ci\n`, 'Dockerfile'],
    ['Terraform', (key) => `resource "optimocms_site" "main" {\n  api_key = "${key}"\n}\n`, 'main.tf'],
    ['a Jupyter notebook', (key) => JSON.stringify({ cells: [{ cell_type: 'code', source: [`import os\n`, `key = "${key}"\n`] }] }, null, 1), 'analysis.ipynb'],
    ['an HTML attribute', (key) => `<div data-key="${key}"></div>`, 'index.html'],
    ['a Python string', (key) => `client = OptimoCMS(api_key='${key}')\n`, 'app.py'],
    ['a CSV row', (key) => `name,key\nprod,${key}\n`, 'keys.csv'],
    ['a word ending in an underscore', (key) => `legacy_${key}`, 'a.txt'],
  ];
  for (const [name, make, file] of contexts) {
    it(`finds a live key in ${name}`, () => expectKeyAt(make(LIVE_KEY), LIVE_KEY, file));
    it(`finds a sandbox key in ${name}`, () => expectKeyAt(make(SANDBOX_KEY), SANDBOX_KEY, file));
  }

  it('reports the guide\'s documented example key', () => {
    const text = `const cms = new OptimoCMS({ apiKey: '${GUIDE_KEY}' });`;
    expect(brief(text)).toEqual([{ rule: 'live-key', line: 1, column: 38, endColumn: 62 }]);
  });

  it('reports the environment and severity', () => {
    const [liveMatch, sandboxMatch] = scanText(`${LIVE_KEY} ${SANDBOX_KEY}`);
    expect(liveMatch).toMatchObject({ rule: 'live-key', environment: 'live', severity: 'error', start: 0, end: LIVE_KEY.length });
    expect(sandboxMatch).toMatchObject({ rule: 'sandbox-key', environment: 'sandbox', severity: 'error', start: LIVE_KEY.length + 1 });
  });

  it('finds a key in a 1 MB minified single-line bundle, with its column', () => {
    const filler = 'var a=function(b){return b+1};'.repeat(35_000);
    const text = `${filler}fetch(u,{headers:{"X-Api-Key":"${LIVE_KEY}"}});${filler}`;
    const column = filler.length + 'fetch(u,{headers:{"X-Api-Key":"'.length + 1;
    expect(text.length).toBeGreaterThan(2_000_000);
    expect(brief(text, { file: 'dist/app.min.js' })).toEqual([{ rule: 'live-key', line: 1, column, endColumn: column + LIVE_KEY.length }]);
  });

  it('reports every key of a long minified line with its own column', () => {
    const unit = `a("${LIVE_KEY}");`;
    const text = unit.repeat(20_000);
    const matches = scanText(text, { file: 'dist/keys.min.js' });
    expect(matches).toHaveLength(20_000);
    expect(matches.at(-1)).toMatchObject({ line: 1, column: text.length - unit.length + 4, endColumn: text.length - 2 });
  });

  it('counts lines of CRLF text', () => {
    const text = `first\r\nsecond\r\nconst k = '${LIVE_KEY}';\r\n`;
    expect(brief(text)).toEqual([{ rule: 'live-key', line: 3, column: 12, endColumn: 12 + LIVE_KEY.length }]);
  });

  it.each([
    ['CR-only', '\r'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])('counts lines of %s text as ESLint does', (_name, eol) => {
    const text = ['first', 'second', `const k = '${LIVE_KEY}';`, ''].join(eol);
    expect(brief(text)).toEqual([{ rule: 'live-key', line: 3, column: 12, endColumn: 12 + LIVE_KEY.length }]);
  });

  it('counts columns in UTF-16 code units after astral-plane characters', () => {
    // 'é' is one UTF-16 code unit and '😀' two, so `é😀 = "` is 7 code units: the key starts at column 8.
    const text = `é😀 = "${LIVE_KEY}"`;
    expect(brief(text)).toEqual([{ rule: 'live-key', line: 1, column: 8, endColumn: 8 + LIVE_KEY.length }]);
  });

  it('extends the token over every following alphanumeric character', () => {
    const long = live('A'.repeat(4) + 'b9'.repeat(30));
    expect(findKeyTokens(`"${long}"`)).toEqual([{ start: 1, end: 1 + long.length, environment: 'live', value: long }]);
  });

  it('finds several keys on one line and keys next to each other', () => {
    const text = `${LIVE_KEY},${SANDBOX_KEY};${GUIDE_KEY}`;
    expect(brief(text).map((match) => [match.rule, match.column])).toEqual([
      ['live-key', 1],
      ['sandbox-key', LIVE_KEY.length + 2],
      ['live-key', LIVE_KEY.length + SANDBOX_KEY.length + 3],
    ]);
  });

  it('stops the token at an underscore, dash or dot (not body characters)', () => {
    const key = live('Abcdef123456');
    expect(findKeyTokens(`${key}_suffix ${key}-x ${key}.y`).map((token) => token.value)).toEqual([key, key, key]);
  });
});

describe('what is not a key', () => {
  const negatives: [string, string][] = [
    ['prefix-only code', `if (key.startsWith('${LIVE}')) return 'live';`],
    ['a prefix comparison in Python', `if key[:12] == "${LIVE}":`],
    ['a regular-expression literal', `const KEY = /${LIVE}[A-Za-z0-9]{12,}/;`],
    ['a regular expression for both prefixes', `/optimo_(live|sandbox)_[A-Za-z0-9]{12,}/g`],
    ['a template with an interpolated body', `const k = \`${LIVE}\${body}\`;`],
    ['a concatenation', `const k = '${LIVE}' + 'Q1w2E3r4T5y6';`],
    ['an 11-character body', `key = "${live('Q1w2E3r4T5y')}"`],
    ['an 11-character sandbox body', sandbox('Q1w2E3r4T5y')],
    ['a body cut short by an underscore', live('Q1w2E3_r4T5y6U7')],
    ['an ellipsis in the docs', `Keys look like ${LIVE}… or ${SANDBOX}…`],
    ['an angle-bracket placeholder', `${LIVE}<your-key>`],
    ['a token glued to a preceding letter', `x${LIVE_KEY}`],
    ['a token glued to a preceding digit', `7${SANDBOX_KEY}`],
    ['an unknown environment', `optimo_staging_Q1w2E3r4T5y6U7i8`],
    ['the upper-case prefix', LIVE_KEY.toUpperCase()],
    ['a Stripe key', `const stripe = new Stripe('${OTHER_VENDOR_KEYS.stripe}');`],
    ['a GitHub token', `GITHUB_TOKEN=${OTHER_VENDOR_KEYS.github}`],
    ['a Supabase anon key (JWT)', `createClient(url, '${OTHER_VENDOR_KEYS.jwt}')`],
    ['an AWS access key id', `aws_access_key_id = ${OTHER_VENDOR_KEYS.aws}`],
    ['empty text', ''],
  ];
  for (const [name, text] of negatives) {
    it(`does not report ${name}`, () => {
      expect(scanText(text, { file: 'src/a.ts', rules: ['live-key', 'sandbox-key'] })).toEqual([]);
    });
  }

  it('findKeyTokens also skips tokens glued to a preceding alphanumeric', () => {
    expect(findKeyTokens(`a${LIVE_KEY} 0${SANDBOX_KEY}`)).toEqual([]);
  });
});

describe('findKeyTokens', () => {
  it('returns raw tokens with their value and environment, placeholders included', () => {
    const placeholder = live('xxxxxxxxxxxx');
    const text = `a=${LIVE_KEY}\nb=${placeholder}\nc=${SANDBOX_KEY}`;
    expect(findKeyTokens(text)).toEqual([
      { start: 2, end: 2 + LIVE_KEY.length, environment: 'live', value: LIVE_KEY },
      { start: text.indexOf(placeholder), end: text.indexOf(placeholder) + placeholder.length, environment: 'live', value: placeholder },
      { start: text.indexOf(SANDBOX_KEY), end: text.length, environment: 'sandbox', value: SANDBOX_KEY },
    ]);
  });

  it('is safe to call repeatedly (no state kept between calls)', () => {
    const text = `k=${LIVE_KEY}`;
    expect(findKeyTokens(text)).toEqual(findKeyTokens(text));
    expect(findKeyTokens('nothing here')).toEqual([]);
    expect(findKeyTokens(text)).toHaveLength(1);
  });

  it('finds a key right after a shorter false start', () => {
    // `optimo_live_optimo_live_…`: the first prefix has no body; `_` is not a body character, so the second starts a token.
    const text = `${LIVE}short ${LIVE}${LIVE_KEY}`;
    expect(findKeyTokens(text).map((token) => token.value)).toEqual([LIVE_KEY]);
  });

  it('treats the sandbox prefix as its own prefix, not as a live body', () => {
    expect(findKeyTokens(`${SANDBOX}${'A1'.repeat(6)}`).map((token) => token.environment)).toEqual(['sandbox']);
  });
});
