// Applies every suggestion of no-hardcoded-api-key and type-checks the result with a real TypeScript program:
// a suggestion is offered only where the code still parses and keeps its types (SDK `apiKey: string`).
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-hardcoded-api-key.js';
import { LIVE_KEY, SANDBOX_KEY, redactKeys } from '../rule-tester.js';
import { typeErrors } from '../type-check.js';

const SDK_IMPORT = "import { OptimoCMS } from '@optimocms/sdk';";
const linter = new Linter();

function lint(code: string, filename: string): Linter.LintMessage[] {
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: parser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: filename.endsWith('.tsx') } } },
        plugins: { optimocms: { rules: { 'no-hardcoded-api-key': rule as never } } },
        rules: { 'optimocms/no-hardcoded-api-key': 'error' },
      },
    ],
    { filename },
  );
}

function applied(code: string, fix: { range: [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

interface Case {
  title: string;
  code: string;
  filename?: string;
}

// Places where a hardcoded key can become `process.env.X` (with `!` where TypeScript needs a string).
const SUGGESTING: Case[] = [
  { title: 'a const that flows into apiKey', code: `${SDK_IMPORT}\nconst KEY = '${LIVE_KEY}';\nexport const cms = new OptimoCMS({ apiKey: KEY });` },
  { title: 'a non-key const that flows into apiKey', code: `${SDK_IMPORT}\nconst KEY = 'a8f5f167f44f4964e6c998dee827110c';\nexport const cms = new OptimoCMS({ apiKey: KEY });` },
  { title: 'an `as const` key', code: `${SDK_IMPORT}\nconst KEY = '${LIVE_KEY}' as const;\nexport const cms = new OptimoCMS({ apiKey: KEY });` },
  { title: 'a `<const>` key', code: `${SDK_IMPORT}\nconst KEY = <const>\`${SANDBOX_KEY}\`;\nexport const cms = new OptimoCMS({ apiKey: KEY });` },
  { title: 'keys in an `as const` object and array', code: `export const KEYS = { live: '${LIVE_KEY}', all: ['${SANDBOX_KEY}'] } as const;` },
  { title: 'a default export and a case label', code: `export default '${LIVE_KEY}';\nexport function isSandbox(key: string): boolean {\n  switch (key) {\n    case '${SANDBOX_KEY}':\n      return true;\n    default:\n      return false;\n  }\n}` },
  { title: 'a `satisfies string` key', code: `export const KEY = '${LIVE_KEY}' satisfies string;` },
  { title: 'a `??` fallback of apiKey', code: `${SDK_IMPORT}\nexport const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY ?? 'dev-fallback-key' });` },
  { title: 'an `||` fallback in a const', code: `${SDK_IMPORT}\nconst KEY = process.env.OPTIMOCMS_API_KEY || '${LIVE_KEY}';\nexport const cms = new OptimoCMS({ apiKey: KEY });` },
  { title: 'ternary branches', code: `declare const production: boolean;\nexport const key: string = production ? '${LIVE_KEY}' : '${SANDBOX_KEY}';` },
  { title: 'an annotation that admits undefined', code: `export const key: string | undefined = '${LIVE_KEY}';` },
  { title: 'a class field and a default parameter', code: `export class Client {\n  key = '${LIVE_KEY}';\n  connect(key: string = '${SANDBOX_KEY}'): string {\n    return key;\n  }\n}` },
  { title: 'a header setter', code: `const headers = new Headers();\nheaders.set('X-Api-Key', '${LIVE_KEY}');` },
  { title: 'a headers object', code: `await fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': '${LIVE_KEY}' } });\nexport {};` },
  { title: 'a comparison', code: `export const isLive = (input: string): boolean => input === '${LIVE_KEY}';` },
  { title: 'a template expression', code: `export const url = \`https://api.optimocms.com/v1/sites?key=\${'${LIVE_KEY}'}\`;` },
  { title: 'a JSX attribute', filename: 'app.tsx', code: `function Provider(props: { apiKey: string }): JSX.Element | null {\n  return props.apiKey ? null : null;\n}\nexport const App = () => <Provider apiKey="${LIVE_KEY}" />;` },
];

// Places where only a literal may stand: the key is reported, with no suggestion.
const NOT_SUGGESTING: Case[] = [
  { title: 'an interface property name', code: `export interface Keys {\n  '${LIVE_KEY}': string;\n}` },
  { title: 'a type-literal property name', code: `export type Keys = { '${LIVE_KEY}': string };` },
  { title: 'an interface method name', code: `export interface Keys {\n  '${LIVE_KEY}'(): void;\n}` },
  { title: 'an abstract property', code: `export abstract class Base {\n  abstract '${LIVE_KEY}': string;\n}` },
  { title: 'an abstract method', code: `export abstract class Base {\n  abstract '${LIVE_KEY}'(): void;\n}` },
  { title: 'an export name', code: `const y = 1;\nexport { y as '${LIVE_KEY}' };` },
  { title: 'a template literal type', code: `export type Key = \`${LIVE_KEY}\`;` },
  { title: 'a string literal type', code: `export type Key = '${LIVE_KEY}';` },
  { title: 'an ambient module name', code: `declare module '${LIVE_KEY}' {}` },
  { title: 'an ambient const', code: `declare const KEY = '${LIVE_KEY}';\nexport { KEY };` },
  { title: 'an enum member', code: `export enum Keys {\n  Live = '${LIVE_KEY}',\n}` },
  { title: 'a declaration file', filename: 'keys.d.ts', code: `export declare const KEY = '${LIVE_KEY}';` },
];

describe('no-hardcoded-api-key suggestions', () => {
  describe.each(SUGGESTING)('$title', ({ code, filename = 'file.ts' }) => {
    it('starts from code that type-checks', () => {
      expect(typeErrors(code, filename)).toEqual([]);
    });

    it('offers suggestions whose results parse and type-check', () => {
      const messages = lint(code, filename);
      expect(messages.map((message) => message.ruleId)).not.toContain(null);
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) {
        expect(message.suggestions ?? []).toHaveLength(1);
        for (const suggestion of message.suggestions ?? []) {
          const output = applied(code, suggestion.fix);
          expect({ output: redactKeys(output), errors: typeErrors(output, filename) }).toEqual({ output: redactKeys(output), errors: [] });
        }
      }
    });
  });

  describe.each(NOT_SUGGESTING)('$title', ({ code, filename = 'file.ts' }) => {
    it('is reported without a suggestion', () => {
      const messages = lint(code, filename);
      expect(messages.map((message) => ({ ruleId: message.ruleId, suggestions: message.suggestions?.length ?? 0 }))).toEqual([
        { ruleId: 'optimocms/no-hardcoded-api-key', suggestions: 0 },
      ]);
    });
  });
});
