// ESLint's JSON report on a consumer project, as `file:line:column rule messageId` lines, and what
// configs.recommended must report on the consumer fixture (with ESLint 9 and 10 alike).
import path from 'node:path';
import { expect } from 'vitest';
import { run } from './run.js';

export const CONSUMER_FIXTURE_REPORTS = [
  'app/search.tsx:5:15 @optimocms/no-client-side-api-key clientConstructor',
  'app/search.tsx:5:39 @optimocms/no-client-side-api-key publicEnvKey',
  'optimocms.keys.ts:4:87 @optimocms/no-overbroad-scopes writeScopeOnReadOnlyKey',
  'optimocms.keys.ts:5:65 @optimocms/no-unknown-scope misspeltScope',
  'src/cms.ts:4:12 @optimocms/no-hardcoded-api-key hardcodedKey',
  'src/fetch-pages.js:4:30 @optimocms/no-hardcoded-api-key hardcodedKey',
];

interface EslintResult {
  filePath: string;
  messages: { ruleId: string | null; messageId?: string; line: number; column: number; message: string }[];
}

export function eslintReports(eslint: string, dir: string): { status: number | null; reports: string[]; messages: string[] } {
  const result = run(eslint, ['--format', 'json', '.'], { cwd: dir });
  expect(result.stderr).toBe('');
  const results = JSON.parse(result.stdout) as EslintResult[];
  const messages = results.flatMap((file) => file.messages.map((message) => ({ ...message, file: path.relative(dir, file.filePath) })));
  return {
    status: result.status,
    reports: messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.ruleId ?? 'fatal'} ${message.messageId ?? ''}`),
    messages: messages.map((message) => message.message),
  };
}
