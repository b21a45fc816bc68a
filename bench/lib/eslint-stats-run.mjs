// Child process of the ESLint benchmark: one ESLint run over the given files with
// @optimocms recommended + typescript-eslint recommended + no-secrets, with `stats: true`.
// Prints one JSON object: per-rule times and report counts, parse time, total time, and the files
// ESLint could not parse (fatal messages).
//
//   node eslint-stats-run.mjs INPUT.json                the measured run
//   node eslint-stats-run.mjs INPUT.json --parse-only   the same parser and files, no rule: which files parse
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import optimocms from '@optimocms/eslint-plugin';
import noSecrets from 'eslint-plugin-no-secrets';
import { performance } from 'node:perf_hooks';

const { cwd, files } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const parseOnly = process.argv.includes('--parse-only');

const jsx = { name: 'bench/jsx', files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } };
const config = parseOnly
  ? [{ ...tseslint.configs.base, name: 'bench/parse-only', files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'] }, jsx]
  : [
      ...tseslint.configs.recommended,
      optimocms.configs.recommended,
      { name: 'bench/no-secrets', plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } },
      jsx,
    ];

const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false });
const started = performance.now();
const results = await eslint.lintFiles(files);
const lintFilesMs = performance.now() - started;

const rules = {};
const reports = {};
const fatalFiles = [];
let parseMs = 0;
let totalMs = 0;
let fatal = 0;
for (const result of results) {
  for (const pass of result.stats?.times?.passes ?? []) {
    parseMs += pass.parse?.total ?? 0;
    totalMs += pass.total ?? 0;
    for (const [rule, time] of Object.entries(pass.rules ?? {})) rules[rule] = (rules[rule] ?? 0) + time.total;
  }
  for (const message of result.messages) {
    if (message.fatal) {
      fatal++;
      fatalFiles.push({ file: relative(cwd, result.filePath), line: message.line, message: message.message });
    }
    const id = message.ruleId ?? '(parse error)';
    reports[id] = (reports[id] ?? 0) + 1;
  }
}
process.stdout.write(JSON.stringify({ files: results.length, lintFilesMs, parseMs, totalMs, rules, reports, fatal, fatalFiles }));
