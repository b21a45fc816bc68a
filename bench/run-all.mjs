#!/usr/bin/env node
// Runs the benchmarks and writes bench/results/latest.json.
//
//   node run-all.mjs                 all four (scan, eslint, codemod, bundle)
//   node run-all.mjs scan codemod    a selection
//   pnpm bench                       from the repository root: builds the tools first (turbo), then all three
//   node run-all.mjs scan --scale 0.1 --reps 3
//                                    a quick run on a 20 MB corpus (or env BENCH_SCALE, BENCH_REPS, BENCH_SEED;
//                                    through turbo prefer the flags: turbo's strict env mode drops unknown variables)
//   pnpm bench -- scan --scale 0.1   the same from the repository root
//
// Exit code: 0 when every selected benchmark ran (missed targets are reported, not failures),
// 1 on a harness error (a tool not built, crashed, or reported something the harness cannot read).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { ensureCorpus, describeCorpus, TREE_DIR } from './corpus.mjs';
import { benchSettings } from './lib/settings.mjs';
import { RESULTS_DIR } from './lib/paths.mjs';
import { ensureExecutable } from './lib/system-packages.mjs';
import { runScanBenchmark } from './scan.mjs';
import { runEslintBenchmark } from './eslint.mjs';
import { runCodemodBenchmark } from './codemod.mjs';
import { runBundleBenchmark } from './bundle.mjs';
import { performance } from 'node:perf_hooks';

const BENCHMARKS = { scan: runScanBenchmark, eslint: runEslintBenchmark, codemod: runCodemodBenchmark, bundle: runBundleBenchmark };
const USAGE = `usage: node run-all.mjs [${Object.keys(BENCHMARKS).join('|')}]… [--scale N] [--reps N] [--seed S] [--scanner PATH] [--baseline-scanner PATH]  (or env BENCH_SCALE, BENCH_REPS, BENCH_SEED, BENCH_SCANNER, BENCH_BASELINE_SCANNER)`;
const FLAGS = { '--scale': 'BENCH_SCALE', '--reps': 'BENCH_REPS', '--seed': 'BENCH_SEED', '--scanner': 'BENCH_SCANNER', '--baseline-scanner': 'BENCH_BASELINE_SCANNER' };

/** Benchmark names, with --scale/--reps/--seed moved into the environment benchSettings() reads. */
function parseArgs(argv) {
  const names = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    const [flag, inline] = arg.split('=', 2);
    if (flag in FLAGS) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      process.env[FLAGS[flag]] = value;
    } else {
      names.push(arg);
    }
  }
  return names;
}

const log = (message) => console.error(`[bench] ${message}`);

async function main(argv) {
  let selected;
  let settings;
  try {
    selected = parseArgs(argv);
    settings = benchSettings();
  } catch (error) {
    console.error(`bench: ${error.message}`);
    return 2;
  }
  if (selected.includes('--help') || selected.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = selected.filter((a) => !(a in BENCHMARKS));
  if (unknown.length > 0) {
    console.error(`unknown benchmark: ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const names = selected.length > 0 ? [...new Set(selected)] : Object.keys(BENCHMARKS);
  const machine = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    kernel: release(),
  };
  log(`machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}`);
  log(`settings: scale ${settings.scale}, ${settings.reps} repetitions, seed ${settings.seed}; benchmarks: ${names.join(', ')}`);
  const timeBinary = ensureExecutable('/usr/bin/time', 'time', log);
  if (!timeBinary) log('GNU time is unavailable: peak RSS will not be reported');
  const manifest = ensureCorpus({ ...settings, log });
  log(describeCorpus(manifest));

  const results = {};
  const errors = {};
  for (const name of names) {
    log(`--- ${name} ---`);
    const started = performance.now();
    try {
      results[name] = await BENCHMARKS[name]({ settings, manifest, treeDir: TREE_DIR, timeBinary, log });
      results[name].benchmarkSeconds = Math.round((performance.now() - started) / 1000);
    } catch (error) {
      errors[name] = error instanceof Error ? error.message : String(error);
      console.error(`\n${name}: harness error: ${errors[name]}`);
    }
  }

  const report = {
    date: new Date().toISOString(),
    command: `node run-all.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    settings,
    machine,
    corpus: { files: manifest.files, bytes: manifest.bytes, seed: manifest.seed, scale: manifest.scale, sha256: manifest.sha256, plantedKeys: manifest.plantedKeys.length },
    results,
    errors,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const out = join(RESULTS_DIR, 'latest.json');
  writeFileSync(`${out}.tmp`, JSON.stringify(report, null, 2) + '\n');
  renameSync(`${out}.tmp`, out);
  log(`results written to ${out}`);
  return Object.keys(errors).length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
