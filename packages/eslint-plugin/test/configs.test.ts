// The shared configs declare `files` for every JavaScript/TypeScript flavour and the component formats,
// so that ESLint lints them (without `files` it lints only .js/.mjs/.cjs), and they work after a parser config.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { LIVE_KEY } from './rule-tester.js';

const FILES = ['**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}', '**/*.{astro,svelte,vue}'];

describe('configs', () => {
  it.each(['recommended', 'strict'] as const)('%s declares files for every script flavour and .vue, .svelte, .astro', (name) => {
    expect(plugin.configs[name].files).toEqual(FILES);
  });

  describe('on a TypeScript project with a parser config before it', () => {
    let dir: string;
    const sources: Record<string, string> = {
      'a.ts': `export const key: string = '${LIVE_KEY}';\n`,
      'b.tsx': `export const Key = () => <p>{'${LIVE_KEY}'}</p>;\n`,
      'c.jsx': `export const Key = () => <p>{'${LIVE_KEY}'}</p>;\n`,
      'd.mts': `export const key = '${LIVE_KEY}';\n`,
      'e.cts': `export const key = '${LIVE_KEY}';\n`,
      'f.js': `export const key = '${LIVE_KEY}';\n`,
      'g.cjs': `module.exports = '${LIVE_KEY}';\n`,
      'h.mjs': `export const key = '${LIVE_KEY}';\n`,
      'notes.txt': `${LIVE_KEY}\n`,
    };
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'optimocms-configs-'));
      writeFileSync(path.join(dir, 'package.json'), '{ "name": "ts-project", "private": true, "type": "module" }\n');
      for (const [file, text] of Object.entries(sources)) writeFileSync(path.join(dir, file), text);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('lints every script file, one report each, and nothing else', async () => {
      const eslint = new ESLint({
        cwd: dir,
        overrideConfigFile: true,
        overrideConfig: [{ languageOptions: { parser: parser as Linter.Parser } }, plugin.configs.recommended as Linter.Config],
      });
      const results = await eslint.lintFiles(['.']);
      const reports = results.flatMap((result) => result.messages.map((message) => `${path.relative(dir, result.filePath)} ${message.ruleId ?? `fatal: ${message.message}`}`));
      expect(reports.sort()).toEqual(
        Object.keys(sources)
          .filter((file) => file !== 'notes.txt')
          .map((file) => `${file} @optimocms/no-hardcoded-api-key`),
      );
    });
  });
});
