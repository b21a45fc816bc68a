// ESLint benchmark: in one ESLint run (stats: true) over the corpus' TS/JS files, the time of
// @optimocms' four recommended rules against eslint-plugin-no-secrets' no-secrets rule and against
// typescript-eslint's recommended (non-type-checked) rules.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured, median } from './lib/measure.mjs';
import { CORPUS_DIR } from './lib/paths.mjs';
import { formatTable, megabytes, millis, percent, ratio, seconds, verdict } from './lib/table.mjs';
import { locationKey } from './lib/planted-check.mjs';

/** How many TS/JS files are linted (evenly spread over the corpus); ESLint is far slower than a scan. */
export const ESLINT_FILES = 1500;
const CODE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const OURS = '@optimocms/';
const NO_SECRETS = 'no-secrets/no-secrets';
const TSESLINT = '@typescript-eslint/';

function listFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, out);
    else if (CODE_FILE.test(entry.name) && !path.includes('/public/assets/')) out.push(path);
  }
  return out;
}

export async function runEslintBenchmark({ settings, manifest, treeDir, timeBinary, log }) {
  const all = listFiles(treeDir).sort();
  const step = all.length / Math.min(ESLINT_FILES, all.length);
  const files = Array.from({ length: Math.min(ESLINT_FILES, all.length) }, (_, i) => all[Math.floor(i * step)]);
  // The planted TS/JS keys are always linted, so the report counts can be checked.
  for (const key of manifest.plantedKeys) {
    const path = join(treeDir, key.file);
    if (CODE_FILE.test(path) && !path.includes('/public/assets/') && !files.includes(path)) files.push(path);
  }
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const input = join(CORPUS_DIR, 'eslint-files.json');
  writeFileSync(input, JSON.stringify({ cwd: treeDir, files }));
  const reps = Math.min(settings.reps, 3);
  const worker = fileURLToPath(new URL('./lib/eslint-stats-run.mjs', import.meta.url));
  log(`eslint: ${files.length} files (${(bytes / 1e6).toFixed(1)} MB), ${reps} runs …`);
  const runs = [];
  for (let i = 0; i < reps; i++) {
    const result = await runMeasured({ command: process.execPath, args: [worker, input], cwd: treeDir, timeBinary });
    if (result.exitCode !== 0) throw new Error(`ESLint run failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    const stats = JSON.parse(result.stdout);
    if (stats.fatal > 0) throw new Error(`ESLint could not parse ${stats.fatal} corpus files`);
    runs.push({ ...stats, wallMs: result.wallMs, peakRssMb: result.peakRssMb });
    log(`  run ${i + 1}/${reps}: ${(result.wallMs / 1000).toFixed(1)} s`);
  }

  const ruleIds = Object.keys(runs[0].rules);
  const ruleMs = Object.fromEntries(ruleIds.map((id) => [id, median(runs.map((r) => r.rules[id] ?? 0))]));
  const sum = (pred) => Object.entries(ruleMs).filter(([id]) => pred(id)).reduce((n, [, ms]) => n + ms, 0);
  const oursMs = sum((id) => id.startsWith(OURS));
  const noSecretsMs = ruleMs[NO_SECRETS] ?? 0;
  const tseslintMs = sum((id) => id.startsWith(TSESLINT));
  const coreMs = sum((id) => !id.startsWith(OURS) && !id.startsWith(TSESLINT) && id !== NO_SECRETS);
  const parseMs = median(runs.map((r) => r.parseMs));
  const totalMs = median(runs.map((r) => r.totalMs));
  // "Total lint time of recommended + typescript-eslint recommended": everything ESLint spent on the
  // files (parse, every rule) except the no-secrets rule, which only runs here to be compared.
  const baseTotalMs = totalMs - noSecretsMs;
  const share = oursMs / baseTotalMs;
  const reports = runs[0].reports;

  const ourRows = Object.entries(ruleMs).filter(([id]) => id.startsWith(OURS)).sort((a, b) => b[1] - a[1]);
  const tsRows = Object.entries(ruleMs).filter(([id]) => id.startsWith(TSESLINT)).sort((a, b) => b[1] - a[1]);
  const rows = [
    ...ourRows.map(([id, ms]) => [id, millis(ms), percent(ms / baseTotalMs), reports[id] ?? 0]),
    ['@optimocms (4 rules together)', millis(oursMs), percent(share), ourRows.reduce((n, [id]) => n + (reports[id] ?? 0), 0)],
    [NO_SECRETS, millis(noSecretsMs), percent(noSecretsMs / baseTotalMs), reports[NO_SECRETS] ?? 0],
    [`typescript-eslint recommended (${tsRows.length} rules)`, millis(tseslintMs), percent(tseslintMs / baseTotalMs), tsRows.reduce((n, [id]) => n + (reports[id] ?? 0), 0)],
    ...tsRows.slice(0, 5).map(([id, ms]) => [`  ${id}`, millis(ms), percent(ms / baseTotalMs), reports[id] ?? 0]),
    ...(coreMs > 0 ? [['core rules (from typescript-eslint recommended)', millis(coreMs), percent(coreMs / baseTotalMs), null]] : []),
    ['parse (typescript-eslint parser)', millis(parseMs), percent(parseMs / baseTotalMs), null],
    ['total lint time (all files, without no-secrets)', millis(baseTotalMs), percent(1), null],
  ];
  console.log(`\nESLint: ${files.length} TS/JS files (${(bytes / 1e6).toFixed(1)} MB) of the corpus, one ESLint run with every rule, median of ${reps} runs (--stats times)`);
  console.log(formatTable(['rule', 'time', 'share of total', 'reports'], rows));
  console.log(`  wall per ESLint run: ${seconds(median(runs.map((r) => r.wallMs)))}, peak RSS ${megabytes(median(runs.map((r) => r.peakRssMb)))}`);

  const plantedCode = manifest.plantedKeys.filter((k) => files.includes(join(treeDir, k.file)));
  const targets = [
    { target: '@optimocms 4 rules < 3% of total lint time', value: percent(share), pass: share < 0.03 },
    { target: '@optimocms 4 rules faster than no-secrets', value: `${ratio(noSecretsMs, oursMs)} faster`, pass: oursMs < noSecretsMs },
  ];
  console.log('\nESLint targets');
  console.log(formatTable(['target', 'measured', 'result'], targets.map((t) => [t.target, t.value, verdict(t.pass)]), { align: [false, true, false] }));
  console.log(`  reports: no-hardcoded-api-key ${reports['@optimocms/no-hardcoded-api-key'] ?? 0} (planted keys in linted code files: ${plantedCode.length}: ${plantedCode.map((k) => locationKey(k.file, k.line)).join(', ')}); no-secrets ${reports[NO_SECRETS] ?? 0}`);
  return {
    files: files.length,
    bytes,
    runs: runs.length,
    wallMs: median(runs.map((r) => r.wallMs)),
    peakRssMb: median(runs.map((r) => r.peakRssMb)),
    ruleMs,
    reports,
    oursMs,
    noSecretsMs,
    tseslintMs,
    parseMs,
    totalMsWithoutNoSecrets: baseTotalMs,
    oursShare: share,
    oursVsNoSecrets: noSecretsMs / oursMs,
    plantedInLintedFiles: plantedCode.length,
    targets,
  };
}

