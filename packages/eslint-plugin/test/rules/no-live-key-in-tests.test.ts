import rule from '../../src/rules/no-live-key-in-tests.js';
import { javascript, testRule } from '../rule-tester.js';

testRule('no-live-key-in-tests', rule, {
  valid: [
    // Sandbox keys in tests, as the guide says.
    { code: 'const key = process.env.OPTIMOCMS_SANDBOX_KEY;', filename: 'src/cms.test.ts' },
    // Live keys outside tests are this rule's concern nowhere else.
    { code: 'const key = process.env.OPTIMOCMS_LIVE_KEY;', filename: 'src/cms.ts' },
    // Not an OptimoCMS credential, or not live-named.
    { code: 'const url = process.env.LIVE_URL; const key = process.env.OPTIMOCMS_API_KEY;', filename: 'src/cms.test.ts' },
    // testFilePatterns replaces the default places.
    { code: 'const key = process.env.OPTIMOCMS_LIVE_KEY;', filename: 'src/cms.test.ts', options: [{ testFilePatterns: ['checks/**'] }] },
  ],
  invalid: [
    {
      code: 'const key = process.env.OPTIMOCMS_LIVE_KEY;',
      filename: 'src/cms.test.ts',
      errors: [
        {
          messageId: 'liveKeyInTest',
          data: { name: 'OPTIMOCMS_LIVE_KEY', sandbox: 'OPTIMOCMS_SANDBOX_KEY' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 43,
          suggestions: [{ messageId: 'readSandboxKey', output: 'const key = process.env.OPTIMOCMS_SANDBOX_KEY;' }],
        },
      ],
    },
    // Bracket access keeps its quotes; import.meta.env in a Storybook story; a fixture folder.
    {
      code: "const key = process.env['OPTIMOCMS_LIVE_KEY'];",
      filename: 'test/fixtures/setup.js',
      languageOptions: javascript,
      errors: [{ messageId: 'liveKeyInTest', line: 1, column: 13, endLine: 1, endColumn: 46, suggestions: [{ messageId: 'readSandboxKey', output: "const key = process.env['OPTIMOCMS_SANDBOX_KEY'];" }] }],
    },
    {
      code: 'export const Primary = { args: { apiKey: import.meta.env.OPTIMOCMS_PROD_API_KEY } };',
      filename: 'src/Button.stories.tsx',
      errors: [{ messageId: 'liveKeyInTest', data: { name: 'OPTIMOCMS_PROD_API_KEY', sandbox: 'OPTIMOCMS_SANDBOX_KEY' }, line: 1, column: 42, endLine: 1, endColumn: 80, suggestions: [{ messageId: 'readSandboxKey', output: 'export const Primary = { args: { apiKey: import.meta.env.OPTIMOCMS_SANDBOX_KEY } };' }] }],
    },
    // Destructuring: reported at the name, no suggestion (the binding keeps its name).
    {
      code: 'const { OPTIMOCMS_LIVE_KEY } = process.env;',
      filename: 'e2e/login.spec.ts',
      errors: [{ messageId: 'liveKeyInTest', line: 1, column: 9, endLine: 1, endColumn: 27, suggestions: [] }],
    },
    // testFilePatterns names other test files.
    {
      code: 'const key = process.env.OPTIMOCMS_LIVE_KEY;',
      filename: 'checks/smoke.ts',
      options: [{ testFilePatterns: ['checks/**'] }],
      errors: [{ messageId: 'liveKeyInTest', line: 1, column: 13, endLine: 1, endColumn: 43, suggestions: [{ messageId: 'readSandboxKey', output: 'const key = process.env.OPTIMOCMS_SANDBOX_KEY;' }] }],
    },
  ],
});
