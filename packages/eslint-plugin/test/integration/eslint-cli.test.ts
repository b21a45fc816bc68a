// Runs the real ESLint CLIs (10, and 9 through the `eslint-v9` alias) on a consumer project whose
// config is the README's `[optimocms.configs.recommended]`, and asserts the exact set of reports.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findKeyTokens } from '@optimocms/secret-scan';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const consumer = path.join(here, '../fixtures/consumer');
const demoApp = path.join(here, '../../../../examples/demo-app');
const require = createRequire(import.meta.url);

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string; fatal?: boolean }[];
}

const CONSUMER_EXPECTED = [
  'app/components/search.tsx:7 @optimocms/no-client-side-api-key',
  'app/components/search.tsx:7 @optimocms/no-client-side-api-key',
  'lib/cms.ts:4 @optimocms/no-hardcoded-api-key',
  'next.config.mjs:5 @optimocms/no-client-side-api-key',
  'optimocms.keys.ts:4 @optimocms/no-overbroad-scopes',
  'optimocms.keys.ts:5 @optimocms/no-unknown-scope',
  'server/express.mjs:7 @optimocms/no-hardcoded-api-key',
  'src/main.js:2 @optimocms/no-client-side-api-key',
  'src/main.js:3 @optimocms/no-client-side-api-key',
  'src/routes/+page.js:1 @optimocms/no-client-side-api-key',
];

// examples/demo-app: its eslint.config.js is the README's usage plus the TypeScript parser.
const DEMO_EXPECTED = [
  'app/api/analytics/route.ts:6 @optimocms/no-hardcoded-api-key',
  'app/components/page-search.tsx:8 @optimocms/no-client-side-api-key',
  'app/components/page-search.tsx:8 @optimocms/no-client-side-api-key',
  'app/components/preview-banner.tsx:13 @optimocms/no-client-side-api-key',
  'app/components/preview-banner.tsx:13 @optimocms/no-hardcoded-api-key',
  'lib/cms.ts:6 @optimocms/no-hardcoded-api-key',
  'optimocms.keys.ts:11 @optimocms/no-overbroad-scopes',
  'optimocms.keys.ts:11 @optimocms/no-overbroad-scopes',
  'optimocms.keys.ts:19 @optimocms/no-unknown-scope',
  'scripts/deploy.ts:8 @optimocms/no-hardcoded-api-key',
  'scripts/deploy.ts:8 @optimocms/no-hardcoded-api-key',
  'server/express.ts:9 @optimocms/no-hardcoded-api-key',
];

const PROJECTS = [
  { project: consumer, label: 'the consumer fixture', expected: CONSUMER_EXPECTED, example: { file: 'lib/cms.ts', text: 'live key optimo_live_abc1…' } },
  { project: demoApp, label: 'examples/demo-app', expected: DEMO_EXPECTED, example: { file: 'scripts/deploy.ts', text: 'live key optimo_live_7Hq2…' } },
];

const CLIS = [
  { name: 'ESLint 10', pkg: 'eslint', major: 10 },
  { name: 'ESLint 9', pkg: 'eslint-v9', major: 9 },
];

describe.each(CLIS.flatMap((cli) => PROJECTS.map((project) => ({ ...cli, ...project }))))('$name CLI with configs.recommended on $label', ({ pkg, major, project, expected, example }) => {
  const packageJson = require.resolve(`${pkg}/package.json`);
  const bin = path.join(path.dirname(packageJson), 'bin/eslint.js');
  const run = spawnSync(process.execPath, [bin, '--format', 'json', '.'], { cwd: project, encoding: 'utf8' });
  const results = JSON.parse(run.stdout || '[]') as LintResult[];
  const messages = results.flatMap((result) => result.messages.map((message) => ({ ...message, file: path.relative(project, result.filePath).replaceAll('\\', '/') })));

  it(`is ESLint ${major}`, () => {
    expect((require(packageJson) as { version: string }).version.split('.')[0]).toBe(String(major));
  });

  it('exits 1 with exactly the expected reports', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(messages.map((message) => `${message.file}:${message.line} ${message.ruleId}`).sort()).toEqual(expected);
  });

  it('never prints a whole key', () => {
    for (const message of messages) expect(findKeyTokens(message.message)).toEqual([]);
    expect(messages.find((message) => message.file === example.file)?.message).toContain(example.text);
  });
});
