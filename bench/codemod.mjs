// Codemod benchmark: `optimocms-codemod env-keys` with nothing to migrate against `optimocms-scan`
// on the same tree, a run migrating 200 files, and the naive whole-tree ts-morph Project.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureSeries, median, runMeasured } from './lib/measure.mjs';
import { CODEMOD, GIT_ENV, SCANNER } from './lib/paths.mjs';
import { ensureCleanTree, prepareMigrateTree, MIGRATE_DIR } from './lib/codemod-fixture.mjs';
import { formatTable, megabytes, ratio, seconds, verdict } from './lib/table.mjs';

export const MIGRATED_FILES = 200;
const NAIVE_HEAP_MB = 12_288;

const parseJson = (label, result) => {
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`${label} printed no JSON report (exit ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
};

const expectExit = (label, ok) => (result) => {
  if (!ok.includes(result.exitCode)) throw new Error(`${label} exited with ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
};

export async function runCodemodBenchmark({ settings, manifest, treeDir, timeBinary, log }) {
  const codemod = CODEMOD();
  const scanner = SCANNER();
  for (const [name, path] of [['optimocms-codemod', codemod], ['optimocms-scan', scanner]]) {
    if (!existsSync(path)) throw new Error(`${name} is not built (${path}): run pnpm turbo run build --filter=@optimocms/${name === 'optimocms-scan' ? 'secret-scan' : 'codemod'}`);
  }
  const clean = ensureCleanTree(treeDir, manifest, log);
  const node = process.execPath;

  // 1. Nothing to migrate: the codemod must cost about what a scan costs.
  log(`codemod: dry run on the key-free tree, ${settings.reps} repetitions (interleaved with optimocms-scan) …`);
  const dry = await measureSeries([
    { id: 'codemod-dry', label: 'optimocms-codemod env-keys --json (dry run)', command: node, args: [codemod, 'env-keys', '--json', '.'], cwd: clean, env: GIT_ENV, check: expectExit('optimocms-codemod env-keys', [0, 1]) },
    { id: 'scan', label: 'optimocms-scan --format json', command: node, args: [scanner, '--format', 'json', '.'], cwd: clean, env: GIT_ENV, check: expectExit('optimocms-scan', [0, 1]) },
  ], { reps: settings.reps, timeBinary, log });
  const [dryCodemod, dryScan] = dry;
  const dryReport = parseJson('optimocms-codemod env-keys', dryCodemod.first);
  const dryScanReport = parseJson('optimocms-scan', dryScan.first);

  // 2. A migration of 200 files, and the naive whole-tree ts-morph walk on the same tree.
  const reps = Math.min(settings.reps, 3);
  const naiveWorker = fileURLToPath(new URL('./lib/naive-ts-morph.mjs', import.meta.url));
  const migrations = [];
  const naiveRuns = [];
  let planted;
  for (let i = 0; i < reps; i++) {
    planted = prepareMigrateTree(clean, manifest, MIGRATED_FILES, log);
    if (i === 0 || (naiveRuns.length === i && naiveRuns[0].wallMs < 60_000)) {
      const naive = await runMeasured({ command: node, args: [`--max-old-space-size=${NAIVE_HEAP_MB}`, naiveWorker, MIGRATE_DIR], cwd: MIGRATE_DIR, timeBinary, timeoutMs: 30 * 60_000 });
      const outcome = naive.exitCode === 0 ? JSON.parse(naive.stdout) : { failed: naive.signal ?? `exit ${naive.exitCode}`, error: naive.stderr.split('\n').find((l) => /Error|FATAL|heap/.test(l))?.trim() ?? naive.stderr.trim().split('\n').slice(-2).join(' | ') };
      naiveRuns.push({ wallMs: naive.wallMs, peakRssMb: naive.peakRssMb, ...outcome });
      log(`  naive ts-morph Project: ${(naive.wallMs / 1000).toFixed(1)} s${outcome.failed ? ` (FAILED: ${outcome.failed})` : ''}`);
    }
    const run = await runMeasured({ command: node, args: [codemod, 'env-keys', '--write', '--json', '.'], cwd: MIGRATE_DIR, env: GIT_ENV, timeBinary });
    expectExit('optimocms-codemod env-keys --write', [0, 1])(run);
    const report = parseJson('optimocms-codemod env-keys --write', run);
    migrations.push({ wallMs: run.wallMs, peakRssMb: run.peakRssMb, summary: report.summary, variables: report.variables.map((v) => v.name), written: report.written });
    log(`  codemod --write: ${(run.wallMs / 1000).toFixed(2)} s, ${report.summary.filesChanged} files changed`);
  }
  // What the last migration left behind: the scanner must find no key (the .env it wrote is git-ignored).
  const after = await runMeasured({ command: node, args: [scanner, '--format', 'json', '.'], cwd: MIGRATE_DIR, env: GIT_ENV });
  const afterReport = parseJson('optimocms-scan after the migration', after);

  const migrateMs = median(migrations.map((m) => m.wallMs));
  const naiveOk = naiveRuns.filter((r) => !r.failed);
  const naiveMs = naiveOk.length > 0 ? median(naiveOk.map((r) => r.wallMs)) : null;
  const last = migrations[migrations.length - 1];

  console.log(`\nCodemod, nothing to migrate: the ${manifest.files}-file corpus without its planted keys; median of runs`);
  console.log(formatTable(['command', 'wall', 'ratio', 'peak RSS', 'runs', 'result'], [
    [dryCodemod.label, seconds(dryCodemod.wallMs), ratio(dryCodemod.wallMs, dryScan.wallMs), megabytes(dryCodemod.peakRssMb), dryCodemod.runs, `${dryReport.summary.filesScanned} files scanned, ${dryReport.summary.filesChanged} changed, ${dryReport.summary.manualItems} manual`],
    [dryScan.label, seconds(dryScan.wallMs), ratio(dryScan.wallMs, dryScan.wallMs), megabytes(dryScan.peakRssMb), dryScan.runs, `${dryScanReport.summary.files} files, ${dryScanReport.findings.length} findings`],
  ]));
  console.log(`\nCodemod, migration: ${MIGRATED_FILES} files with hardcoded keys (2 distinct) in the ${manifest.files}-file tree; median of runs`);
  console.log(formatTable(['command', 'wall', 'ratio', 'peak RSS', 'runs', 'result'], [
    ['optimocms-codemod env-keys --write --json', seconds(migrateMs), ratio(migrateMs, migrateMs), megabytes(median(migrations.map((m) => m.peakRssMb))), migrations.length, `${last.summary.filesChanged} files changed, variables ${last.variables.join(', ')}`],
    ['naive: whole tree in one ts-morph Project, walk literals (find only)', naiveMs === null ? `failed (${naiveRuns[0].failed})` : seconds(naiveMs), ratio(naiveMs, migrateMs), megabytes(median(naiveRuns.map((r) => r.peakRssMb))), naiveRuns.length, naiveOk.length ? `${naiveOk[0].sourceFiles} files parsed, ${naiveOk[0].keyLiterals} key literals` : naiveRuns[0].error],
  ]));
  console.log(`  after the migration optimocms-scan reports ${afterReport.findings.length} findings`);

  const targets = [
    { target: 'dry run with nothing to migrate ≤ 2× optimocms-scan', value: ratio(dryCodemod.wallMs, dryScan.wallMs), pass: dryCodemod.wallMs <= 2 * dryScan.wallMs },
    { target: `migrating ${MIGRATED_FILES} files < 10 s`, value: seconds(migrateMs), pass: migrateMs < 10_000 },
    { target: `all ${MIGRATED_FILES} files migrated, nothing left for the scanner`, value: `${last.summary.filesChanged} changed, ${afterReport.findings.length} findings after`, pass: last.summary.filesChanged === MIGRATED_FILES && afterReport.findings.length === 0 },
    { target: 'nothing changed when nothing to migrate', value: `${dryReport.summary.filesChanged} changed`, pass: dryReport.summary.filesChanged === 0 },
  ];
  console.log('\nCodemod targets');
  console.log(formatTable(['target', 'measured', 'result'], targets.map((t) => [t.target, t.value, verdict(t.pass)]), { align: [false, true, false] }));
  return {
    dryRun: {
      codemod: { wallMs: dryCodemod.wallMs, wallMsAll: dryCodemod.wallMsAll, peakRssMb: dryCodemod.peakRssMb, runs: dryCodemod.runs, summary: dryReport.summary },
      scan: { wallMs: dryScan.wallMs, wallMsAll: dryScan.wallMsAll, peakRssMb: dryScan.peakRssMb, runs: dryScan.runs, findings: dryScanReport.findings.length },
      ratio: dryCodemod.wallMs / dryScan.wallMs,
    },
    migration: { files: planted.files.length, wallMs: migrateMs, runs: migrations, findingsAfter: afterReport.findings.length },
    naive: { wallMs: naiveMs, runs: naiveRuns, ratioToCodemod: naiveMs === null ? null : naiveMs / migrateMs },
    targets,
  };
}
