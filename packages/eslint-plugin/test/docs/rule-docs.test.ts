// Rule docs that are tested (after typescript-eslint's docs.test.mts): every code block under a
// "❌ Incorrect" heading must be reported by its rule and every one under "✅ Correct" must not;
// every doc says when not to use its rule; no doc shows a key the scanner flags unless allow-listed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanText } from '@optimocms/secret-scan';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { javascript, redactKeys } from '../rule-tester.js';
import { outlineOf, sectionText, type CodeBlock } from './markdown-blocks.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = path.join(here, '../..');
const repositoryRoot = path.join(packageRoot, '../..');
const docsRoot = path.join(packageRoot, 'docs/rules');
const fixtures = path.join(packageRoot, 'test/fixtures');

const INCORRECT = '❌ Incorrect';
const CORRECT = '✅ Correct';
const WHEN_NOT = 'When not to use it';
const LINTED = /^(?:[jt]sx?)$/;
/** A first line such as `// src/main.js (Vite)` names the file the example lives in. */
const FILE_COMMENT = /^\/\/ ((?:[\w.+$-]+\/)*[\w.+$-]+\.[cm]?[jt]sx?)\b/;
/** Fence meta, as in typescript-eslint's docs: `option='{"maxScopes":3}'`; `project='usage'` lints in a typed fixture project. */
const OPTION = /\boption='([^']*)'/;
const PROJECT = /\bproject='([\w-]+)'/;

type RuleName = keyof typeof rules;
const ruleNames = Object.keys(rules) as RuleName[];

/** Where an example is linted: the file its first-line comment names, else `file.<lang>`. */
function filenameOf(block: CodeBlock): string {
  return FILE_COMMENT.exec(block.code)?.[1] ?? `file.${block.lang}`;
}

function lintBlock(rule: RuleName, block: CodeBlock): Linter.LintMessage[] {
  const option = OPTION.exec(block.meta)?.[1];
  const project = PROJECT.exec(block.meta)?.[1];
  const filename = filenameOf(block);
  const typescript = /^tsx?$/.test(block.lang) || project !== undefined;
  const languageOptions = typescript
    ? {
        parser: parser as Linter.Parser,
        parserOptions: {
          ecmaFeatures: { jsx: block.lang.endsWith('x') },
          ...(project ? { projectService: true, tsconfigRootDir: path.join(fixtures, project) } : {}),
        },
      }
    : (javascript as unknown as Linter.LanguageOptions);
  return new Linter({ cwd: project ? path.join(fixtures, project) : packageRoot }).verify(
    block.code,
    [
      {
        files: ['**/*.{js,jsx,ts,tsx}'],
        languageOptions,
        plugins: { optimocms: { rules: rules as never } },
        rules: { [`optimocms/${rule}`]: option ? ['error', JSON.parse(option) as unknown] : 'error' },
      },
    ],
    { filename: project ? path.join(fixtures, project, filename) : filename },
  );
}

/** The example kind of a block: the innermost heading it sits under. */
function kindOf(block: CodeBlock): 'incorrect' | 'correct' | undefined {
  const heading = block.headings.at(-1)?.text ?? '';
  if (heading.startsWith(INCORRECT)) return 'incorrect';
  if (heading.startsWith(CORRECT)) return 'correct';
  return undefined;
}

const allowlist = JSON.parse(fs.readFileSync(path.join(repositoryRoot, '.optimocms-scan.json'), 'utf8')) as { allowlist: { fingerprints: string[] } };

describe('rule docs', () => {
  it('has one doc per rule and no other', () => {
    expect(fs.readdirSync(docsRoot).sort()).toEqual(ruleNames.map((name) => `${name}.md`).sort());
  });

  describe.each(ruleNames)('%s.md', (rule) => {
    const file = path.join(docsRoot, `${rule}.md`);
    const text = fs.readFileSync(file, 'utf8');
    const blocks = outlineOf(text).blocks.filter((block) => LINTED.test(block.lang) && kindOf(block) !== undefined);

    it(`has a "${WHEN_NOT}" section that says something`, () => {
      expect(sectionText(text, WHEN_NOT)?.length ?? 0).toBeGreaterThan(40);
    });

    const properties = (rules[rule].meta.schema as readonly { properties?: Record<string, unknown> }[]).flatMap((schema) => Object.keys(schema.properties ?? {}));
    if (properties.length > 0) {
      it.each(properties)('explains option `%s` under its own heading after "## Options"', (property) => {
        const { headings } = outlineOf(text);
        const options = headings.find((heading) => heading.depth === 2 && heading.text === 'Options');
        expect(headings.filter((heading) => options !== undefined && heading.line > options.line && heading.text === `\`${property}\``)).toHaveLength(1);
      });
    }

    it('has incorrect and correct examples', () => {
      expect(new Set(blocks.map(kindOf))).toEqual(new Set(['incorrect', 'correct']));
    });

    it.each(blocks.map((block) => ({ block, where: `${kindOf(block)} example at line ${block.line}` })))('$where', ({ block }) => {
      const messages = lintBlock(rule, block);
      const shown = { code: redactKeys(block.code), filename: filenameOf(block), messages: messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${redactKeys(message.message)}`) };
      // A parse error or an unmatched file is a message too, without a rule: never an example's report.
      expect(messages.filter((message) => message.ruleId === null), JSON.stringify(shown)).toEqual([]);
      if (kindOf(block) === 'incorrect') expect(messages.filter((message) => message.ruleId === `optimocms/${rule}`).length, JSON.stringify(shown)).toBeGreaterThan(0);
      else expect(messages, JSON.stringify(shown)).toEqual([]);
    });
  });

  // As a user would: a documented key is allowed by its fingerprint in .optimocms-scan.json, never by skipping the file.
  it.each(['README.md', ...ruleNames.map((name) => `docs/rules/${name}.md`)])('%s shows no key the scanner reports, unless allow-listed', (name) => {
    const file = path.join(packageRoot, name);
    const relative = path.relative(repositoryRoot, file).replaceAll('\\', '/');
    const findings = scanText(fs.readFileSync(file, 'utf8'), { file: relative }).filter((match) => !allowlist.allowlist.fingerprints.includes(match.fingerprint));
    expect(findings.map((match) => `${match.line}:${match.column} ${match.rule} ${match.secret}`)).toEqual([]);
  });
});
