import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCOPES, isWriteScope } from '@optimocms/auth-types';
import rule from '../../src/rules/no-overbroad-scopes.js';
import { RuleTester, javascript, testRule, tsx } from '../rule-tester.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const quoted = (scopes: readonly string[]): string => scopes.map((scope) => `'${scope}'`).join(', ');
const ALL = `const admin = { name: 'Admin', scopes: [${quoted(SCOPES)}] };`;
const ELEVEN = `const backend = { name: 'Backend', scopes: [${quoted(SCOPES.slice(0, 11))}] };`;
/** The plural messages' form: `'a', 'b' and 'c'`. */
const listed = (scopes: readonly string[]): string => quoted(scopes).replace(/, ([^,]+)$/, ' and $1');
const SPREAD_ALL = "import { SCOPES, SCOPE_PRESETS } from '@optimocms/auth-types';\nconst frontend = { scopes: [...SCOPES, ...SCOPE_PRESETS.readOnlyContent] };";
/** The 1-based column on SPREAD_ALL's line 2 where `text` starts. */
const column2 = (text: string): number => SPREAD_ALL.indexOf(text) - SPREAD_ALL.indexOf('\n');

testRule('no-overbroad-scopes', rule, {
  valid: [
    // The guide's presets.
    `import { defineKeys } from '@optimocms/auth-types';
export default defineKeys([
  { name: 'Website (read-only)', environment: 'live', scopes: ['sites:read', 'pages:read', 'media:read'] },
  { name: 'CI/CD deploy', environment: 'live', scopes: ['sites:read', 'pages:write', 'media:write', 'publish:write'] },
]);`,
    // A write scope beside the same resource's read scope is not a finding.
    "const editor = { name: 'Editorial backend', scopes: ['pages:read', 'pages:write', 'media:read', 'media:write'] };",
    // Exactly maxScopes.
    `const backend = { name: 'Backend', scopes: [${quoted(SCOPES.slice(0, 10))}] };`,
    // A frontend key with read scopes only.
    { code: "export const FRONTEND_SCOPES = ['sites:read', 'pages:read', 'media:read'];", filename: 'keys.js', languageOptions: javascript },
    // Other vendors' scope lists.
    "const github = { name: 'public repo reader', scopes: ['read:user', 'user:email'] };",
    // A local SCOPES is not auth-types' list.
    "const SCOPES = ['pages:read'];\nconst key = { scopes: SCOPES };\nconst other = { scopes: [...SCOPES, 'media:read'] };",
    // Not a scope list: no scopes property, no Scope[] type.
    "const all = ['pages:read', 'pages:read', 'pages:write'];",
    // checkUsage without type information does nothing (plain JavaScript).
    { code: "const key = { scopes: ['sites:read', 'analytics:read'] };", filename: 'keys.js', languageOptions: javascript, options: [{ checkUsage: true }] },
  ],
  invalid: [
    {
      code: ALL,
      errors: [{ messageId: 'allScopes', line: 1, column: ALL.indexOf('[') + 1, endLine: 1, endColumn: ALL.indexOf(']') + 2 }],
    },
    {
      code: ELEVEN,
      errors: [{ messageId: 'tooManyScopes', data: { count: 11, max: 10 }, line: 1, column: ELEVEN.indexOf('[') + 1, endLine: 1, endColumn: ELEVEN.indexOf(']') + 2 }],
    },
    {
      code: "const sync = { scopes: ['sites:read', 'pages:read', 'media:read', 'forms:read'] };",
      options: [{ maxScopes: 3 }],
      errors: [{ messageId: 'tooManyScopes', data: { count: 4, max: 3 }, line: 1, column: 24, endLine: 1, endColumn: 80 }],
    },
    // The guide: "A frontend integration doesn't need publish:write".
    {
      code: `import { defineKeys } from '@optimocms/auth-types';
export default defineKeys([
  { name: 'Frontend', environment: 'live', scopes: ['sites:read', 'pages:read', 'publish:write'] },
]);`,
      errors: [{ messageId: 'writeScopeOnReadOnlyKey', data: { scope: 'publish:write', marker: 'frontend', preset: 'sites:read, pages:read, media:read' }, line: 3, column: 81, endLine: 3, endColumn: 96 }],
    },
    // Marked by description, by variable name, by the property that holds the key.
    {
      code: "await cms.apiKeys.create({ name: 'Marketing site', description: 'Used by the public website', scopes: ['pages:read', 'pages:write'] });",
      filename: 'scripts/provision.mjs',
      languageOptions: javascript,
      errors: [{ messageId: 'writeScopeOnReadOnlyKey', data: { scope: 'pages:write', marker: 'public', preset: 'sites:read, pages:read, media:read' }, line: 1, column: 118, endLine: 1, endColumn: 131 }],
    },
    {
      code: "import type { Scope } from '@optimocms/auth-types';\nexport const PREVIEW_SCOPES: Scope[] = ['pages:read', 'pages:write', 'media:write'];",
      errors: [
        { messageId: 'writeScopeOnReadOnlyKey', data: { scope: 'pages:write', marker: 'preview', preset: 'sites:read, pages:read, media:read' }, line: 2, column: 55, endLine: 2, endColumn: 68 },
        { messageId: 'writeScopeOnReadOnlyKey', data: { scope: 'media:write', marker: 'preview', preset: 'sites:read, pages:read, media:read' }, line: 2, column: 70, endLine: 2, endColumn: 83 },
      ],
    },
    {
      code: "const keys = { readOnlyContent: { envVar: 'OPTIMOCMS_LIVE_KEY', scopes: ['sites:read', 'webhooks:write'] } };\nexport const Keys = () => <pre>{JSON.stringify(keys)}</pre>;",
      filename: 'keys.tsx',
      languageOptions: tsx,
      errors: [{ messageId: 'writeScopeOnReadOnlyKey', data: { scope: 'webhooks:write', marker: 'read-only', preset: 'sites:read, pages:read, media:read' }, line: 1, column: 88, endLine: 1, endColumn: 104 }],
    },
    // auth-types' lists: every scope, and presets spread into one key.
    {
      code: "import { SCOPES, SCOPE_PRESETS } from '@optimocms/auth-types';\nconst admin = { scopes: SCOPES };\nconst ops = { scopes: [...SCOPES] };\nconst both = { scopes: [...SCOPE_PRESETS.readOnlyContent, ...SCOPE_PRESETS.ciCdDeploy] };",
      errors: [
        { messageId: 'allScopes', line: 2, column: 25, endLine: 2, endColumn: 31 },
        { messageId: 'allScopes', line: 3, column: 23, endLine: 3, endColumn: 34 },
        { messageId: 'duplicateScope', data: { scope: 'sites:read' }, line: 4, column: 59, endLine: 4, endColumn: 86 },
      ],
    },
    {
      code: "import { SCOPE_PRESETS as presets } from '@optimocms/auth-types';\nexport const PUBLIC_SCOPES = [...presets.ciCdDeploy];",
      filename: 'keys.mjs',
      languageOptions: javascript,
      // One report for the spread, naming its write scopes, not one per scope at the same place.
      errors: [
        {
          messageId: 'writeScopesOnReadOnlyKey',
          data: { scopes: "'pages:write', 'media:write' and 'publish:write'", marker: 'public', preset: 'sites:read, pages:read, media:read' },
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 52,
        },
      ],
    },
    // `...SCOPES` on a frontend key: every scope (at the list), its write scopes (at the spread), a preset's duplicates (at that spread).
    {
      code: SPREAD_ALL,
      errors: [
        { messageId: 'allScopes', line: 2, column: column2('['), endLine: 2, endColumn: column2(']') + 1 },
        {
          messageId: 'writeScopesOnReadOnlyKey',
          data: { scopes: listed(SCOPES.filter(isWriteScope)), marker: 'frontend', preset: 'sites:read, pages:read, media:read' },
          line: 2,
          column: column2('...SCOPES,'),
          endLine: 2,
          endColumn: column2(', ...SCOPE_PRESETS'),
        },
        {
          messageId: 'duplicateScopes',
          data: { scopes: "'sites:read', 'pages:read' and 'media:read'" },
          line: 2,
          column: column2('...SCOPE_PRESETS'),
          endLine: 2,
          endColumn: column2(']'),
        },
      ],
    },
    // Duplicates.
    {
      code: "const key = { scopes: ['pages:read', 'media:read', 'pages:read'] };",
      errors: [{ messageId: 'duplicateScope', data: { scope: 'pages:read' }, line: 1, column: 52, endLine: 1, endColumn: 64 }],
    },
  ],
});

// checkUsage: type-aware, once per program, on a fixture project whose calls need
// sites:read, pages:read, pages:write, media:write and publish:write.
const NEEDED = 'sites:read, pages:read, pages:write, media:write, publish:write';
const typedTester = (root: string): RuleTester =>
  new RuleTester({ languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: path.join(fixtures, root) } } });

testRule(
  'no-overbroad-scopes (checkUsage)',
  rule,
  {
    valid: [
      {
        code: "export const keys = [{ name: 'Backend', scopes: ['sites:read', 'pages:read', 'pages:write', 'media:write', 'publish:write'] }];",
        filename: 'src/keys.ts',
        options: [{ checkUsage: true }],
      },
      // Without the option, unused scopes are not looked for.
      { code: "export const keys = [{ name: 'Backend', scopes: ['sites:read', 'analytics:read'] }];", filename: 'src/keys.ts' },
    ],
    invalid: [
      {
        code: "export const keys = [{ name: 'Backend', scopes: ['sites:read', 'pages:read', 'analytics:read', 'publish:write', 'webhooks:write'] }];",
        filename: 'src/keys.ts',
        options: [{ checkUsage: true }],
        errors: [
          { messageId: 'unusedScope', data: { scope: 'analytics:read', needed: NEEDED }, line: 1, column: 78, endLine: 1, endColumn: 94 },
          { messageId: 'unusedScope', data: { scope: 'webhooks:write', needed: NEEDED }, line: 1, column: 113, endLine: 1, endColumn: 129 },
        ],
      },
      // A spread's unused scopes: one report at the spread, naming them all.
      {
        code: "import { SCOPES } from '@optimocms/auth-types';\nexport const keys = [{ name: 'Backend', scopes: [...SCOPES] }];",
        filename: 'src/keys.ts',
        options: [{ checkUsage: true }],
        errors: [
          { messageId: 'allScopes', line: 2, column: 49, endLine: 2, endColumn: 60 },
          { messageId: 'unusedScopes', data: { scopes: listed(SCOPES.filter((scope) => !NEEDED.split(', ').includes(scope))), needed: NEEDED }, line: 2, column: 50, endLine: 2, endColumn: 59 },
        ],
      },
    ],
  },
  typedTester('usage'),
);

testRule(
  'no-overbroad-scopes (checkUsage, unmapped calls)',
  rule,
  {
    valid: [
      // cms.sites.frobnicate() is not in the model: no sites scope can be called unused.
      { code: "export const scopes = { scopes: ['pages:read', 'sites:write', 'publish:write'] };", filename: 'src/keys.ts', options: [{ checkUsage: true }] },
    ],
    invalid: [
      {
        code: "export const key = { scopes: ['pages:read', 'media:read'] };",
        filename: 'src/keys.ts',
        options: [{ checkUsage: true }],
        errors: [{ messageId: 'unusedScope', data: { scope: 'media:read', needed: 'pages:read' }, line: 1, column: 45, endLine: 1, endColumn: 57 }],
      },
    ],
  },
  typedTester('usage-unmapped'),
);

// Scopes used only in component files (.svelte, .vue, .astro), which no TypeScript program holds: they are
// used, never "declared, never used" (removing them breaks the app with 403s).
testRule(
  'no-overbroad-scopes (checkUsage, component files)',
  rule,
  {
    valid: [
      // sites:read in content.ts; analytics:read in +page.svelte, media:read by a fetch in Media.vue, pages:read in index.astro.
      { code: "export const key = { scopes: ['sites:read', 'analytics:read', 'media:read', 'pages:read'] };", filename: 'src/keys.ts', options: [{ checkUsage: true }] },
    ],
    invalid: [
      {
        code: "export const key = { scopes: ['sites:read', 'analytics:read', 'media:read', 'pages:read', 'webhooks:write'] };",
        filename: 'src/keys.ts',
        options: [{ checkUsage: true }],
        errors: [{ messageId: 'unusedScope', data: { scope: 'webhooks:write', needed: 'sites:read, pages:read, media:read, analytics:read' }, line: 1, column: 91, endLine: 1, endColumn: 107 }],
      },
    ],
  },
  typedTester('usage-components'),
);
