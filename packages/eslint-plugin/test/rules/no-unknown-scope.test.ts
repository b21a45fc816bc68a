import rule from '../../src/rules/no-unknown-scope.js';
import { javascript, testRule, tsx } from '../rule-tester.js';

testRule('no-unknown-scope', rule, {
  valid: [
    // The guide's presets in a key manifest.
    `import { defineKeys } from '@optimocms/auth-types';
export default defineKeys([
  { name: 'Website (read-only)', environment: 'live', scopes: ['sites:read', 'pages:read', 'media:read'] },
  { name: 'CI/CD deploy', environment: 'live', scopes: ['sites:read', 'pages:write', 'media:write', 'publish:write'] },
]);`,
    // Other vendors' scope lists: GitHub OAuth, Google.
    "const github = { clientId, scopes: ['read:user', 'user:email', 'repo:status'] };",
    "const google = { scopes: ['https://www.googleapis.com/auth/drive.readonly', 'openid'] };",
    // Strings that are not resource:access shaped are not scope typos.
    "const key = { scopes: ['pages:read', 'admin'] };",
    // Arrays that are not scope lists.
    "const tags = ['page:write', 'publish:read'];",
    { code: "export const Picker = () => <ScopePicker options={['pages:read', 'page:write']} />;", filename: 'picker.jsx', languageOptions: javascript },
  ],
  invalid: [
    // A misspelt scope with a suggestion (guide: page:write → pages:write).
    {
      code: "const key = { name: 'Editor', scopes: ['pages:read', 'page:write'] };",
      errors: [
        {
          messageId: 'misspeltScope',
          data: { value: 'page:write', suggestion: 'pages:write' },
          line: 1,
          column: 54,
          endLine: 1,
          endColumn: 66,
          suggestions: [{ messageId: 'replaceWithScope', data: { suggestion: 'pages:write' }, output: "const key = { name: 'Editor', scopes: ['pages:read', 'pages:write'] };" }],
        },
      ],
    },
    // publish has no read scope: say so, list the real ones.
    {
      code: "const key = { scopes: ['sites:read', 'publish:read'] };",
      errors: [{ messageId: 'noSuchAccess', data: { value: 'publish:read', resource: 'publish', scopes: 'publish:write' }, line: 1, column: 38, endLine: 1, endColumn: 52 }],
    },
    // Nothing close.
    {
      code: "const key = { scopes: ['sites:read', 'billing:admin'] };",
      errors: [{ messageId: 'unknownScope', data: { value: 'billing:admin' }, line: 1, column: 38, endLine: 1, endColumn: 53 }],
    },
    // Typed Scope[]: ours even when every entry is wrong; the quote style is kept.
    {
      code: "import type { Scope } from '@optimocms/auth-types';\nconst scopes: Scope[] = [\"site:read\"];",
      errors: [
        {
          messageId: 'misspeltScope',
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 37,
          suggestions: [{ messageId: 'replaceWithScope', output: "import type { Scope } from '@optimocms/auth-types';\nconst scopes: Scope[] = [\"sites:read\"];" }],
        },
      ],
    },
    // Case, template literals, `as const`.
    {
      code: "const READ_SCOPES = ['Pages:Read', `media:reed`] as const;",
      errors: [
        { messageId: 'misspeltScope', data: { value: 'Pages:Read', suggestion: 'pages:read' }, line: 1, column: 22, endLine: 1, endColumn: 34, suggestions: [{ messageId: 'replaceWithScope', output: "const READ_SCOPES = ['pages:read', `media:reed`] as const;" }] },
        { messageId: 'misspeltScope', data: { value: 'media:reed', suggestion: 'media:read' }, line: 1, column: 36, endLine: 1, endColumn: 48, suggestions: [{ messageId: 'replaceWithScope', output: "const READ_SCOPES = ['Pages:Read', `media:read`] as const;" }] },
      ],
    },
    // Key provisioning in JavaScript.
    {
      code: "await cms.apiKeys.create({ name: 'CI deploy', scopes: ['sites:read', 'medias:write', 'publish:write'] });",
      filename: 'scripts/provision.mjs',
      languageOptions: javascript,
      errors: [
        {
          messageId: 'misspeltScope',
          data: { value: 'medias:write', suggestion: 'media:write' },
          line: 1,
          column: 70,
          endLine: 1,
          endColumn: 84,
          suggestions: [{ messageId: 'replaceWithScope', output: "await cms.apiKeys.create({ name: 'CI deploy', scopes: ['sites:read', 'media:write', 'publish:write'] });" }],
        },
      ],
    },
    // TSX: a settings page with its key's scopes.
    {
      code: "const preview = { scopes: ['pages:read', 'page:read'] };\nexport const Settings = () => <KeyCard scopes={preview.scopes} />;",
      filename: 'settings.tsx',
      languageOptions: tsx,
      errors: [{ messageId: 'misspeltScope', line: 1, column: 42, endLine: 1, endColumn: 53, suggestions: [{ messageId: 'replaceWithScope', output: "const preview = { scopes: ['pages:read', 'pages:read'] };\nexport const Settings = () => <KeyCard scopes={preview.scopes} />;" }] }],
    },
  ],
});
