// Lines end at CR, LF or CRLF: every rule reports at ESLint's own lines and columns whatever the file uses.
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { LIVE_KEY, SANDBOX_KEY, redactKeys } from '../rule-tester.js';

const LINES = [
  "'use client';",
  '// A client component with a key in it, a scope list and a browser-public read.',
  `const key = '${LIVE_KEY}';`,
  'const note = `first line',
  `${SANDBOX_KEY} on the second\`;`,
  "const frontend = { name: 'Frontend', scopes: ['sites:read', 'publish:write', 'pgaes:read'] };",
  'export const env = process.env.NEXT_PUBLIC_OPTIMOCMS_API_KEY;',
  'export { key, note, frontend };',
];

// What each report underlines, on the line ESLint counts.
const EXPECTED = [
  { ruleId: 'optimocms/no-hardcoded-api-key', line: 3, text: LIVE_KEY },
  { ruleId: 'optimocms/no-hardcoded-api-key', line: 5, text: SANDBOX_KEY },
  { ruleId: 'optimocms/no-overbroad-scopes', line: 6, text: "'publish:write'" },
  { ruleId: 'optimocms/no-unknown-scope', line: 6, text: "'pgaes:read'" },
  { ruleId: 'optimocms/no-client-side-api-key', line: 7, text: 'process.env.NEXT_PUBLIC_OPTIMOCMS_API_KEY' },
].map((report) => ({ ...report, text: redactKeys(report.text) }));

const linter = new Linter();
const config: Linter.Config[] = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: parser as Linter.Parser },
    plugins: { optimocms: { rules: rules as never } },
    rules: Object.fromEntries(Object.keys(rules).map((name) => [`optimocms/${name}`, 'error'])),
  },
];

describe.each([
  { name: 'CR', eol: '\r' },
  { name: 'LF', eol: '\n' },
  { name: 'CRLF', eol: '\r\n' },
])('a file whose lines end at $name', ({ eol }) => {
  const code = LINES.join(eol) + eol;

  it("reports each finding at ESLint's line, underlining the finding itself", () => {
    const messages = linter.verify(code, config, { filename: 'app/panel.ts' });
    const lines = linter.getSourceCode().lines;
    expect(lines).toHaveLength(LINES.length + 1);
    const reports = messages.map((message) => ({
      ruleId: message.ruleId,
      line: message.line,
      text: redactKeys(message.endLine === message.line ? (lines[message.line - 1] ?? '').slice(message.column - 1, (message.endColumn ?? 0) - 1) : '(several lines)'),
    }));
    expect(reports).toEqual(EXPECTED);
  });
});
