// Child process of the ESLint benchmark: one ESLint run over the given files with
// @optimocms recommended + typescript-eslint recommended + no-secrets, with `stats: true`.
// Prints one JSON object: per-rule times and report counts, parse time, total time.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import optimocms from '@optimocms/eslint-plugin';
import noSecrets from 'eslint-plugin-no-secrets';
import { performance } from 'node:perf_hooks';

const { cwd, files } = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const config = [
  ...tseslint.configs.recommended,
  optimocms.configs.recommended,
  { name: 'bench/no-secrets', plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } },
  { name: 'bench/jsx', files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
];

const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false });
const started = performance.now();
const results = await eslint.lintFiles(files);
const lintFilesMs = performance.now() - started;

const rules = {};
const reports = {};
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
    if (message.fatal) fatal++;
    const id = message.ruleId ?? '(parse error)';
    reports[id] = (reports[id] ?? 0) + 1;
  }
}
process.stdout.write(JSON.stringify({ files: results.length, lintFilesMs, parseMs, totalMs, rules, reports, fatal }));
