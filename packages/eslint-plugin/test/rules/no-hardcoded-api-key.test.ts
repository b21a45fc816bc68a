import rule from '../../src/rules/no-hardcoded-api-key.js';
import { GUIDE_KEY, LIVE, LIVE_KEY, SANDBOX, SANDBOX_KEY, javascript, testRule, tsx } from '../rule-tester.js';

const SDK_IMPORT = "import { OptimoCMS } from '@optimocms/sdk';";
// LIVE_KEY with its first character written as a JavaScript escape (`\u006f` is `o`).
const ESCAPED_KEY = `\\u${LIVE_KEY.charCodeAt(0).toString(16).padStart(4, '0')}${LIVE_KEY.slice(1)}`;

testRule('no-hardcoded-api-key', rule, {
  valid: [
    // The guide's fix, verbatim.
    {
      code: `${SDK_IMPORT}

const cms = new OptimoCMS({
  apiKey: process.env.OPTIMOCMS_API_KEY!,
});`,
    },
    // The guide's per-environment selection, verbatim.
    {
      code: `${SDK_IMPORT}

const apiKey = process.env.NODE_ENV === 'production'
  ? process.env.OPTIMOCMS_LIVE_KEY
  : process.env.OPTIMOCMS_SANDBOX_KEY;

const cms = new OptimoCMS({ apiKey: apiKey! });`,
    },
    { code: `${SDK_IMPORT}\nconst cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY });`, filename: 'server.js', languageOptions: javascript },
    // Placeholders are not keys (the engine decides).
    `const example = '${LIVE}xxxxxxxxxxxxxxxx';`,
    `const docs = 'Set OPTIMOCMS_API_KEY=${LIVE}YOURKEYHERE1234';`,
    `const sample = \`${SANDBOX}exampleexample\`;`,
    // Not key-shaped: too short, or glued to a longer word.
    `const short = '${LIVE}abc123';`,
    `const glued = 'x${GUIDE_KEY}';`,
    // An empty or placeholder apiKey is not a secret.
    `${SDK_IMPORT}\nnew OptimoCMS({ apiKey: '' });`,
    `${SDK_IMPORT}\nnew OptimoCMS({ apiKey: 'your-api-key' });`,
    // apiKey on other classes, and a local class that merely shares the name.
    "import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: 'org-local-dev-1234' });",
    "class OptimoCMS { constructor(_: { apiKey: string }) {} }\nnew OptimoCMS({ apiKey: 'not-the-sdk-1234' });",
    "import { OptimoCMS } from './my-wrapper';\nnew OptimoCMS({ apiKey: 'wrapper-token-1234' });",
    // Headers from the environment.
    "await fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY! } });",
    "const headers = new Headers();\nheaders.set('X-Api-Key', process.env.OPTIMOCMS_API_KEY!);",
    // Another vendor's x-api-key header, on a request to that vendor.
    "await fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { 'x-api-key': 'sk-ant-local', 'anthropic-version': '2023-06-01' } });",
    "const client = axios.create({ baseURL: 'https://api.example.org', headers: { 'X-API-Key': 'example-org-token-1234' } });",
    // Other vendors: Stripe, Supabase, GitHub.
    `import Stripe from 'stripe';\nconst stripe = new Stripe('${['sk', 'live', ''].join('_')}51HqLyjWDarjtT1zdp7dc');`,
    "import { createClient } from '@supabase/supabase-js';\nconst supabase = createClient('https://xyzcompany.supabase.co', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.anon');",
    `import { Octokit } from '@octokit/rest';\nconst octokit = new Octokit({ auth: '${'ghp_'}16C7e42F292c6912E7710c838347Ae178B4a' });`,
    // Sandbox keys in test files, when allowed.
    {
      code: `const cms = new OptimoCMS({ apiKey: '${SANDBOX_KEY}' });`,
      filename: 'src/cms.test.ts',
      options: [{ checkSandboxKeysInTests: false }],
    },
    {
      code: `export const key = '${SANDBOX_KEY}';`,
      filename: 'test/fixtures/keys.ts',
      options: [{ checkSandboxKeysInTests: false }],
    },
  ],
  invalid: [
    // The guide's hardcoded key, verbatim.
    {
      code: `${SDK_IMPORT}

const cms = new OptimoCMS({
  apiKey: '${GUIDE_KEY}',
});`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { environment: 'live', secret: `${LIVE}abc1…`, envVar: 'OPTIMOCMS_LIVE_KEY' },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'useEnvVar',
              data: { replacement: 'process.env.OPTIMOCMS_LIVE_KEY!' },
              output: `${SDK_IMPORT}

const cms = new OptimoCMS({
  apiKey: process.env.OPTIMOCMS_LIVE_KEY!,
});`,
            },
          ],
        },
      ],
    },
    // The same in plain JavaScript: no `!`.
    {
      code: `${SDK_IMPORT}\nconst cms = new OptimoCMS({ apiKey: '${GUIDE_KEY}' });`,
      filename: 'lib/cms.js',
      languageOptions: javascript,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 62,
          suggestions: [{ messageId: 'useEnvVar', output: `${SDK_IMPORT}\nconst cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_LIVE_KEY });` }],
        },
      ],
    },
    // A key with its first letter written as an escape: underlined where it is written, as the scanner reports it.
    {
      code: `${SDK_IMPORT}\nconst cms = new OptimoCMS({ apiKey: '${ESCAPED_KEY}' });`,
      filename: 'lib/cms.js',
      languageOptions: javascript,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { environment: 'live', secret: `${LIVE}Q1w2…`, envVar: 'OPTIMOCMS_LIVE_KEY' },
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 38 + ESCAPED_KEY.length,
          suggestions: [{ messageId: 'useEnvVar', output: `${SDK_IMPORT}\nconst cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_LIVE_KEY });` }],
        },
      ],
    },
    // A sandbox key in a template literal, outside any SDK call.
    {
      code: `export const key = \`${SANDBOX_KEY}\`;`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { environment: 'sandbox', secret: `${SANDBOX}Zx9Y…`, envVar: 'OPTIMOCMS_SANDBOX_KEY' },
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 48,
          suggestions: [{ messageId: 'useEnvVar', output: 'export const key = process.env.OPTIMOCMS_SANDBOX_KEY!;' }],
        },
      ],
    },
    // A typed string variable needs `!`.
    {
      code: `const key: string = '${LIVE_KEY}';`,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 50,
          suggestions: [{ messageId: 'useEnvVar', output: 'const key: string = process.env.OPTIMOCMS_LIVE_KEY!;' }],
        },
      ],
    },
    // Inside a longer string: reported at the key, no whole-literal suggestion.
    {
      code: `const url = 'https://api.optimocms.com/v1/sites?key=${LIVE_KEY}&x=1';`,
      errors: [{ messageId: 'hardcodedKey', line: 1, column: 53, endLine: 1, endColumn: 81, suggestions: [] }],
    },
    // Two keys in one template with expressions.
    {
      code: `const pair = \`live=${LIVE_KEY} sandbox=${SANDBOX_KEY} site=\${siteId}\`;`,
      errors: [
        { messageId: 'hardcodedKey', data: { environment: 'live', secret: `${LIVE}Q1w2…`, envVar: 'OPTIMOCMS_LIVE_KEY' }, line: 1, column: 20, endLine: 1, endColumn: 48, suggestions: [] },
        { messageId: 'hardcodedKey', data: { environment: 'sandbox', secret: `${SANDBOX}Zx9Y…`, envVar: 'OPTIMOCMS_SANDBOX_KEY' }, line: 1, column: 57, endLine: 1, endColumn: 84, suggestions: [] },
      ],
    },
    // (b) any non-empty literal as apiKey, through an aliased import.
    {
      code: "import { OptimoCMS as Cms } from '@optimocms/sdk';\nconst cms = new Cms({ apiKey: 'hunter2-prod-key' });",
      errors: [
        {
          messageId: 'hardcodedApiKeyOption',
          data: { secret: 'hunt…', envVar: 'OPTIMOCMS_API_KEY' },
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 49,
          suggestions: [{ messageId: 'useEnvVar', output: "import { OptimoCMS as Cms } from '@optimocms/sdk';\nconst cms = new Cms({ apiKey: process.env.OPTIMOCMS_API_KEY! });" }],
        },
      ],
    },
    // … through `import * as`, and a const holding the literal: `!`, since the const flows into `apiKey: string`.
    {
      code: "import * as sdk from '@optimocms/sdk';\nconst KEY = 'a8f5f167f44f4964e6c998dee827110c';\nexport const cms = new sdk.OptimoCMS({ apiKey: KEY });",
      errors: [
        {
          messageId: 'hardcodedApiKeyOption',
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 47,
          suggestions: [{ messageId: 'useEnvVar', output: "import * as sdk from '@optimocms/sdk';\nconst KEY = process.env.OPTIMOCMS_API_KEY!;\nexport const cms = new sdk.OptimoCMS({ apiKey: KEY });" }],
        },
      ],
    },
    // … through require() in CommonJS, and a hardcoded fallback.
    {
      code: "const { OptimoCMS } = require('@optimocms/sdk');\nmodule.exports = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY || 'dev-fallback-key' });",
      filename: 'cms.cjs',
      languageOptions: { ...javascript, parserOptions: { ...javascript.parserOptions, sourceType: 'commonjs' } },
      errors: [
        {
          messageId: 'hardcodedApiKeyOption',
          line: 2,
          column: 75,
          endLine: 2,
          endColumn: 93,
          suggestions: [{ messageId: 'useEnvVar', output: "const { OptimoCMS } = require('@optimocms/sdk');\nmodule.exports = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY || process.env.OPTIMOCMS_API_KEY });" }],
        },
      ],
    },
    // (c) X-Api-Key headers, any case: fetch, axios.create, ky, got.
    {
      code: "await fetch('https://api.optimocms.com/v1/sites', { headers: { 'x-api-key': 'c0ffee-key-01' } });",
      errors: [
        {
          messageId: 'hardcodedApiKeyHeader',
          data: { secret: 'c0ff…', envVar: 'OPTIMOCMS_API_KEY' },
          line: 1,
          column: 77,
          endLine: 1,
          endColumn: 92,
          suggestions: [{ messageId: 'useEnvVar', output: "await fetch('https://api.optimocms.com/v1/sites', { headers: { 'x-api-key': process.env.OPTIMOCMS_API_KEY! } });" }],
        },
      ],
    },
    {
      code: `const api = axios.create({ baseURL: 'https://api.optimocms.com/v1', headers: { 'X-API-KEY': '${LIVE_KEY}' } });`,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 1,
          column: 94,
          endLine: 1,
          endColumn: 122,
          suggestions: [{ messageId: 'useEnvVar', output: "const api = axios.create({ baseURL: 'https://api.optimocms.com/v1', headers: { 'X-API-KEY': process.env.OPTIMOCMS_LIVE_KEY! } });" }],
        },
      ],
    },
    {
      code: "const api = ky.create({ prefixUrl: process.env.CMS_URL, headers: { 'X-Api-Key': 'k3y-from-slack' } });\nconst res = await got('sites', { headers: { 'X-Api-Key': 'k3y-from-slack' } });",
      filename: 'client.js',
      languageOptions: javascript,
      errors: [
        { messageId: 'hardcodedApiKeyHeader', line: 1, column: 81, endLine: 1, endColumn: 97, suggestions: [{ messageId: 'useEnvVar', output: "const api = ky.create({ prefixUrl: process.env.CMS_URL, headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY } });\nconst res = await got('sites', { headers: { 'X-Api-Key': 'k3y-from-slack' } });" }] },
        { messageId: 'hardcodedApiKeyHeader', line: 2, column: 58, endLine: 2, endColumn: 74, suggestions: [{ messageId: 'useEnvVar', output: "const api = ky.create({ prefixUrl: process.env.CMS_URL, headers: { 'X-Api-Key': 'k3y-from-slack' } });\nconst res = await got('sites', { headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY } });" }] },
      ],
    },
    // new Headers({…}), headers.set / append, axios defaults.
    {
      code: "const headers = new Headers({ 'X-Api-Key': 'k3y-from-slack' });\nheaders.append('x-api-key', 'k3y-from-slack');\naxios.defaults.headers.common['X-Api-Key'] = 'k3y-from-slack';",
      errors: [
        { messageId: 'hardcodedApiKeyHeader', line: 1, column: 44, endLine: 1, endColumn: 60, suggestions: [{ messageId: 'useEnvVar', output: "const headers = new Headers({ 'X-Api-Key': process.env.OPTIMOCMS_API_KEY! });\nheaders.append('x-api-key', 'k3y-from-slack');\naxios.defaults.headers.common['X-Api-Key'] = 'k3y-from-slack';" }] },
        { messageId: 'hardcodedApiKeyHeader', line: 2, column: 29, endLine: 2, endColumn: 45, suggestions: [{ messageId: 'useEnvVar', output: "const headers = new Headers({ 'X-Api-Key': 'k3y-from-slack' });\nheaders.append('x-api-key', process.env.OPTIMOCMS_API_KEY!);\naxios.defaults.headers.common['X-Api-Key'] = 'k3y-from-slack';" }] },
        { messageId: 'hardcodedApiKeyHeader', line: 3, column: 46, endLine: 3, endColumn: 62, suggestions: [{ messageId: 'useEnvVar', output: "const headers = new Headers({ 'X-Api-Key': 'k3y-from-slack' });\nheaders.append('x-api-key', 'k3y-from-slack');\naxios.defaults.headers.common['X-Api-Key'] = process.env.OPTIMOCMS_API_KEY!;" }] },
      ],
    },
    // JSX attribute (TSX): the replacement goes in braces.
    {
      code: `export const App = () => <OptimoProvider apiKey="${LIVE_KEY}" />;`,
      filename: 'app.tsx',
      languageOptions: tsx,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 1,
          column: 50,
          endLine: 1,
          endColumn: 78,
          suggestions: [{ messageId: 'useEnvVar', output: 'export const App = () => <OptimoProvider apiKey={process.env.OPTIMOCMS_LIVE_KEY!} />;' }],
        },
      ],
    },
    // JSX (espree): attribute and text.
    {
      code: `export const Debug = () => <pre data-key="${SANDBOX_KEY}">key: ${LIVE_KEY}</pre>;`,
      filename: 'debug.jsx',
      languageOptions: javascript,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 70,
          suggestions: [{ messageId: 'useEnvVar', output: 'export const Debug = () => <pre data-key={process.env.OPTIMOCMS_SANDBOX_KEY}>key: ' + LIVE_KEY + '</pre>;' }],
        },
        { messageId: 'hardcodedKey', line: 1, column: 77, endLine: 1, endColumn: 105, suggestions: [] },
      ],
    },
    // An Express proxy that hardcodes the key it forwards.
    {
      code: `import express from 'express';
const app = express();
app.get('/api/pages', async (_req, res) => {
  const upstream = await fetch('https://api.optimocms.com/v1/sites/site_1/pages', {
    headers: { 'X-Api-Key': '${LIVE_KEY}' },
  });
  res.json(await upstream.json());
});`,
      filename: 'server.mjs',
      languageOptions: javascript,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useEnvVar',
              output: `import express from 'express';
const app = express();
app.get('/api/pages', async (_req, res) => {
  const upstream = await fetch('https://api.optimocms.com/v1/sites/site_1/pages', {
    headers: { 'X-Api-Key': process.env.OPTIMOCMS_LIVE_KEY },
  });
  res.json(await upstream.json());
});`,
            },
          ],
        },
      ],
    },
    // Sandbox keys in test files are reported by default; live keys always.
    {
      code: `const key = '${SANDBOX_KEY}';`,
      filename: 'src/cms.test.ts',
      errors: [{ messageId: 'hardcodedKey', line: 1, column: 14, endLine: 1, endColumn: 41, suggestions: [{ messageId: 'useEnvVar', output: 'const key = process.env.OPTIMOCMS_SANDBOX_KEY!;' }] }],
    },
    {
      code: `const key = '${LIVE_KEY}';`,
      filename: 'src/cms.test.ts',
      options: [{ checkSandboxKeysInTests: false }],
      errors: [{ messageId: 'hardcodedKey', line: 1, column: 14, endLine: 1, endColumn: 42, suggestions: [{ messageId: 'useEnvVar', output: 'const key = process.env.OPTIMOCMS_LIVE_KEY!;' }] }],
    },
    // A key used as an object key cannot be replaced by an expression.
    {
      code: `const owners = { '${LIVE_KEY}': 'ops' };`,
      errors: [{ messageId: 'hardcodedKey', line: 1, column: 19, endLine: 1, endColumn: 47, suggestions: [] }],
    },
    // Nor a type, an export name or an ambient module name (applied and type-checked in no-hardcoded-api-key-suggestions.test.ts).
    {
      code: `export type Key = \`${LIVE_KEY}\`;\nconst y = 1;\nexport { y as '${SANDBOX_KEY}' };\ndeclare module '${LIVE_KEY}' {}`,
      errors: [
        { messageId: 'hardcodedKey', line: 1, column: 20, endLine: 1, endColumn: 48, suggestions: [] },
        { messageId: 'hardcodedKey', line: 3, column: 16, endLine: 3, endColumn: 43, suggestions: [] },
        { messageId: 'hardcodedKey', line: 4, column: 17, endLine: 4, endColumn: 45, suggestions: [] },
      ],
    },
    // `as const` takes literals only: the assertion goes with the literal.
    {
      code: `export const KEY = '${LIVE_KEY}' as const;`,
      errors: [{ messageId: 'hardcodedKey', line: 1, column: 21, endLine: 1, endColumn: 49, suggestions: [{ messageId: 'useEnvVar', output: 'export const KEY = process.env.OPTIMOCMS_LIVE_KEY!;' }] }],
    },
    // A `??` fallback of apiKey: the whole expression must stay a string.
    {
      code: `${SDK_IMPORT}\nnew OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY ?? 'dev-fallback-key' });`,
      errors: [
        {
          messageId: 'hardcodedApiKeyOption',
          line: 2,
          column: 58,
          endLine: 2,
          endColumn: 76,
          suggestions: [{ messageId: 'useEnvVar', output: `${SDK_IMPORT}\nnew OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY ?? process.env.OPTIMOCMS_API_KEY! });` }],
        },
      ],
    },
  ],
});
