import rule from '../../src/rules/no-swapped-key-environments.js';
import { LIVE_KEY, SANDBOX_KEY, javascript, testRule } from '../rule-tester.js';

const SDK_IMPORT = "import { OptimoCMS } from '@optimocms/sdk';";

testRule('no-swapped-key-environments', rule, {
  valid: [
    // The guide's pattern, verbatim.
    `${SDK_IMPORT}
const cms = new OptimoCMS({
  apiKey: process.env.NODE_ENV === 'production'
    ? process.env.OPTIMOCMS_LIVE_KEY!
    : process.env.OPTIMOCMS_SANDBOX_KEY!,
});`,
    // The same, negated, with the literal first, with Vite's MODE, with bracket access.
    "const key = process.env.NODE_ENV !== 'production' ? process.env.OPTIMOCMS_SANDBOX_KEY : process.env.OPTIMOCMS_LIVE_KEY;",
    "const key = 'production' == process.env['NODE_ENV'] ? LIVE_KEY : SANDBOX_KEY;",
    { code: "const key = import.meta.env.MODE === 'development' ? import.meta.env.OPTIMOCMS_SANDBOX_KEY : import.meta.env.OPTIMOCMS_LIVE_KEY;", filename: 'src/cms.js', languageOptions: javascript },
    // Staging: the guide does not say which kind of key it uses.
    "const key = process.env.NODE_ENV === 'staging' ? process.env.OPTIMOCMS_LIVE_KEY : process.env.OPTIMOCMS_SANDBOX_KEY;",
    { code: 'const key = import.meta.env.DEV ? SANDBOX_KEY : LIVE_KEY;', filename: 'src/cms.js', languageOptions: javascript },
    // Not the mode, or branches that are not keys.
    "const key = process.env.REGION === 'production' ? SANDBOX : LIVE;",
    "const url = process.env.NODE_ENV === 'production' ? 'https://api.optimocms.com' : 'http://127.0.0.1:4010';",
    "const key = process.env.NODE_ENV === 'production' ? process.env.OPTIMOCMS_API_KEY : process.env.OPTIMOCMS_API_KEY;",
    // A name that names both kinds says nothing.
    "const key = process.env.NODE_ENV === 'production' ? sandboxOrLive : other;",
  ],
  invalid: [
    // The guide's pattern with the branches swapped.
    {
      code: "const key = process.env.NODE_ENV === 'production' ? process.env.OPTIMOCMS_SANDBOX_KEY! : process.env.OPTIMOCMS_LIVE_KEY!;",
      errors: [
        {
          messageId: 'swappedBranches',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 121,
          suggestions: [{ messageId: 'swapBranches', output: "const key = process.env.NODE_ENV === 'production' ? process.env.OPTIMOCMS_LIVE_KEY! : process.env.OPTIMOCMS_SANDBOX_KEY!;" }],
        },
      ],
    },
    // Identifiers named for their kind, negated comparison.
    {
      code: "const key = process.env.NODE_ENV !== 'production' ? LIVE : SANDBOX;",
      errors: [{ messageId: 'swappedBranches', line: 1, column: 13, endLine: 1, endColumn: 67, suggestions: [{ messageId: 'swapBranches', output: "const key = process.env.NODE_ENV !== 'production' ? SANDBOX : LIVE;" }] }],
    },
    // Key literals: the engine decides their kind.
    {
      code: `const key = process.env.NODE_ENV === 'production' ? '${SANDBOX_KEY}' : '${LIVE_KEY}';`,
      errors: [
        {
          messageId: 'swappedBranches',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 60 + SANDBOX_KEY.length + LIVE_KEY.length,
          suggestions: [{ messageId: 'swapBranches', output: `const key = process.env.NODE_ENV === 'production' ? '${LIVE_KEY}' : '${SANDBOX_KEY}';` }],
        },
      ],
    },
    // Vite's booleans, negated too.
    {
      code: 'const key = import.meta.env.PROD ? import.meta.env.OPTIMOCMS_SANDBOX_KEY : import.meta.env.OPTIMOCMS_LIVE_KEY;',
      filename: 'src/cms.js',
      languageOptions: javascript,
      errors: [{ messageId: 'swappedBranches', line: 1, column: 13, endLine: 1, endColumn: 110, suggestions: [{ messageId: 'swapBranches', output: 'const key = import.meta.env.PROD ? import.meta.env.OPTIMOCMS_LIVE_KEY : import.meta.env.OPTIMOCMS_SANDBOX_KEY;' }] }],
    },
    {
      code: 'const key = !import.meta.env.DEV ? process.env.OPTIMOCMS_API_KEY : LIVE_KEY;',
      errors: [{ messageId: 'wrongKeyForBranch', data: { condition: 'development', kind: 'live', expected: 'sandbox', why: 'With a live key, tests and development touch production data and cost money.' }, line: 1, column: 68, endLine: 1, endColumn: 76 }],
    },
    // Only one branch wrong: a sandbox key in production.
    {
      code: "const key = process.env.NODE_ENV === 'production' ? sandboxKey : process.env.OPTIMOCMS_API_KEY;",
      errors: [{ messageId: 'wrongKeyForBranch', data: { condition: 'production', kind: 'sandbox', expected: 'live', why: 'With a sandbox key, publishing in production has no effect (dry-run).' }, line: 1, column: 53, endLine: 1, endColumn: 63 }],
    },
    // A live key where the mode is test.
    {
      code: "const key = process.env.NODE_ENV === 'test' ? process.env.OPTIMOCMS_PROD_KEY : undefined;",
      errors: [{ messageId: 'wrongKeyForBranch', data: { condition: 'test', kind: 'live', expected: 'sandbox', why: 'With a live key, tests and development touch production data and cost money.' }, line: 1, column: 47, endLine: 1, endColumn: 77 }],
    },
  ],
});
