// The recipes in docs/recipes and the pre-commit manifest: kept in sync with auth-types and with the CLIs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createKeyTokenPattern, KEY_PREFIXES, KEY_TOKEN } from '@optimocms/auth-types';
import { isPlaceholder } from '@optimocms/secret-scan';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { LIVE, SANDBOX } from './support/keys.js';
import { freshProject } from './support/project.js';
import { run } from './support/run.js';

const { repoRoot } = inject('e2e');
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

/** The fenced blocks of one language in a Markdown file. */
function codeBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1] ?? '');
}

/** The flags at the start of a command line's arguments (`--format sarif --output f` → --format, --output). */
function flagsOf(args: string): string[] {
  const flags: string[] = [];
  let valueMayFollow = false;
  for (const token of args.trim().split(/\s+/)) {
    if (token.startsWith('--')) {
      flags.push(/^--[a-z-]+/.exec(token)?.[0] ?? token);
      valueMayFollow = true;
    } else if (valueMayFollow) {
      valueMayFollow = false;
    } else {
      break;
    }
  }
  return flags;
}

/** A TOML literal string value (`key = '''…'''`), or undefined. */
function tomlLiteral(toml: string, key: string): string | undefined {
  return new RegExp(`^${key} = '''(.*)'''$`, 'm').exec(toml)?.[1];
}

describe('gitleaks rule (docs/recipes/gitleaks/optimocms.toml)', () => {
  const toml = read('docs/recipes/gitleaks/optimocms.toml');
  const source = tomlLiteral(toml, 'regex') ?? '';
  const allowlist = [...(/^regexes = \[\n([\s\S]*?)\n\]/m.exec(toml)?.[1] ?? '').matchAll(/'''(.*)'''/g)].map((match) => match[1] ?? '');
  /** gitleaks' RE2 inline flags, as JavaScript flags. */
  const compile = (re2: string) => (re2.startsWith('(?i)') ? new RegExp(re2.slice(4), 'i') : new RegExp(re2));

  it("is auth-types' key-token definition in RE2 syntax, with the key in secretGroup 1", () => {
    const boundary = `[^${KEY_TOKEN.bodyCharacterClass.slice(1)}`;
    const environments = Object.values(KEY_PREFIXES).map((prefix) => prefix.slice(KEY_TOKEN.commonPrefix.length, -1));
    expect(source).toBe(`(?:^|${boundary})(${KEY_TOKEN.commonPrefix}(?:${environments.join('|')})_${KEY_TOKEN.bodyCharacterClass}{${KEY_TOKEN.bodyMinLength},})`);
    expect(toml).toMatch(/^secretGroup = 1$/m);
    // RE2 has no lookaround: the rule must not use any.
    expect(source).not.toMatch(/\(\?<?[=!]/);
  });

  it('has the key prefixes as keywords', () => {
    const keywords = JSON.parse(/^keywords = (\[.*\])$/m.exec(toml)?.[1] ?? '[]') as string[];
    expect(keywords).toEqual(Object.values(KEY_PREFIXES));
  });

  it('finds exactly the key tokens auth-types finds, in any text', () => {
    const rule = new RegExp(source, 'g');
    const character = fc.constantFrom(...'aZ09_-.: "\'\n=xyzQ', `${LIVE}`, `${SANDBOX}`, 'optimo_', 'live_');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(createKeyTokenPattern())].map((match) => `${match.index}:${match[0]}`);
        const found = [...text.matchAll(rule)].map((match) => `${(match.index ?? 0) + match[0].length - (match[1] ?? '').length}:${match[1] ?? ''}`);
        expect(found).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('allowlists exactly what optimocms-scan calls a placeholder, but for the two cases RE2 cannot express', () => {
    expect(allowlist).toHaveLength(4);
    const allowed = (secret: string) => allowlist.some((re2) => compile(re2).test(secret));
    // The two documented gaps: one repeated character, and a plain ascending sequence.
    const re2Gap = (body: string) => /^(.)\1*$/.test(body) || [...body].every((char, i) => i === 0 || char.charCodeAt(0) - body.charCodeAt(i - 1) === 1);
    for (const body of ['yourKeyHere12345', 'EXAMPLE123456789', 'placeholder0000', 'dummyDummy1234', 'FakeKey123456', 'redacted12345678', 'changeme12345678', 'sample1234567890', 'testkey123456789', 'xxxxxxxxxxxxxxxx']) {
      expect(allowed(LIVE + body), body).toBe(true);
      expect(isPlaceholder(LIVE + body), body).toBe(true);
    }
    const fragment = fc.constantFrom('your', 'Fake', 'test', 'MOCK', 'key', 'Key', 'example', 'dummy', 'xxxxxx', 'a', 'Q', '7', 'x', 'b9', 'Zz');
    fc.assert(
      fc.property(fc.constantFrom(LIVE, SANDBOX), fc.array(fragment, { minLength: 1, maxLength: 8 }), (prefix, parts) => {
        const body = parts.join('');
        if (re2Gap(body)) return;
        expect(allowed(prefix + body), body).toBe(isPlaceholder(prefix + body));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzXYZ0123456789'), minLength: 12, maxLength: 24 }), (body) => {
        if (!re2Gap(body)) expect(allowed(SANDBOX + body), body).toBe(isPlaceholder(SANDBOX + body));
      }),
      { numRuns: 3000 },
    );
    // The guide's documented key is reported by both.
    expect(allowed(`${LIVE}abc123def456`)).toBe(false);
  });

  it('is what gitleaks.md shows', () => {
    const [block] = codeBlocks(read('docs/recipes/gitleaks.md'), 'toml');
    const fileLines = new Set(toml.split('\n'));
    for (const line of (block ?? '').trimEnd().split('\n')) expect(fileLines.has(line), line).toBe(true);
  });
});

describe('pre-commit manifest (.pre-commit-hooks.yaml)', () => {
  it('is valid for pre-commit', () => {
    const result = run('pre-commit', ['validate-manifest', path.join(repoRoot, '.pre-commit-hooks.yaml')], { cwd: repoRoot });
    expect(result.status, result.output).toBe(0);
  });

  it('runs the staged scan with the file names, as a node hook installing the scanner', () => {
    const manifest = read('.pre-commit-hooks.yaml');
    for (const line of ['- id: optimocms-scan', '  entry: optimocms-scan --staged', '  language: node', '  pass_filenames: true', "  additional_dependencies: ['@optimocms/secret-scan']"]) {
      expect(manifest.split('\n')).toContain(line);
    }
  });
});

describe('hooks and CI use flags the installed scanner has', () => {
  let project: ReturnType<typeof freshProject>;
  beforeEach(() => {
    project = freshProject('recipes', 'consumer');
  });
  afterEach(() => project.remove());

  it('every optimocms-scan flag in the recipes is in its --help', () => {
    const help = run(project.bin('optimocms-scan'), ['--help'], { cwd: project.dir }).stdout;
    const recipes = ['.pre-commit-hooks.yaml', 'docs/recipes/git-hooks/pre-commit', 'docs/recipes/husky/lint-staged.json', 'docs/recipes/github-actions/optimocms-scan.yml'].map(read).join('\n');
    const flags = new Set([...recipes.matchAll(/optimocms-scan ([^\n]*)/g)].flatMap((line) => flagsOf(line[1] ?? '')));
    expect([...flags].sort()).toEqual(['--format', '--history', '--output', '--staged']);
    for (const flag of flags) expect(help, flag).toContain(flag);
  });

  it("the workflow's scan command writes the SARIF file that upload-sarif reads", () => {
    const workflow = read('docs/recipes/github-actions/optimocms-scan.yml');
    const command = /run: npx optimocms-scan (--format sarif --output (\S+))$/m.exec(workflow);
    expect(command).not.toBeNull();
    const [, args = '', sarifFile = ''] = command ?? [];
    expect(workflow).toContain(`sarif_file: ${sarifFile}`);
    expect(workflow).toContain('uses: github/codeql-action/upload-sarif@v3');
    expect(workflow).toMatch(/^ {2}security-events: write/m);
    expect(workflow).toMatch(/if: \$\{\{ !cancelled\(\) \}\}\n\s+uses: github\/codeql-action\/upload-sarif/);

    const result = run(project.bin('optimocms-scan'), args.split(' '), { cwd: project.dir });
    expect(result.status).toBe(1);
    const sarif = JSON.parse(readFileSync(path.join(project.dir, sarifFile), 'utf8')) as { version: string; runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
    for (const result of sarif.runs[0]?.results ?? []) expect(result.partialFingerprints.primaryLocationLineHash).toBeTruthy();
    expect(JSON.stringify(sarif)).not.toMatch(/(?<![A-Za-z0-9])optimo_(?:live|sandbox)_[A-Za-z0-9]{12,}(?![A-Za-z0-9])/);
  });

  it('the workflow and the hook script are the ones the Markdown recipes show', () => {
    const workflow = read('docs/recipes/github-actions/optimocms-scan.yml');
    const [yamlBlock] = codeBlocks(read('docs/recipes/github-actions.md'), 'yaml');
    expect(workflow.endsWith(yamlBlock ?? 'missing')).toBe(true);
    const code = (script: string) => script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
    const [shBlock] = codeBlocks(read('docs/recipes/git-hook.md'), 'sh').filter((block) => block.startsWith('#!/bin/sh'));
    expect(code(shBlock ?? '')).toEqual(code(read('docs/recipes/git-hooks/pre-commit')));
    const [jsonBlock] = codeBlocks(read('docs/recipes/husky-lint-staged.md'), 'json');
    expect((JSON.parse(jsonBlock ?? '{}') as Record<string, unknown>)['lint-staged']).toEqual(JSON.parse(read('docs/recipes/husky/lint-staged.json')));
  });
});

describe("the root README's ESLint setup", () => {
  it('is one of the plugin README setups that frameworks-eslint.test.ts lints as pasted', () => {
    const setup = codeBlocks(read('README.md'), 'js').find((block) => block.includes('@optimocms/eslint-plugin'));
    expect(setup).toBeDefined();
    expect(codeBlocks(read('packages/eslint-plugin/README.md'), 'js')).toContain(setup);
  });
});
