// Benchmark settings from the environment, validated once.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const DEFAULT_SEED = 'optimocms-guard-bench-1';

function number(name, fallback, { min, max }) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name} must be a number between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function scannerPath(name) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return null;
  const path = resolve(raw);
  if (!existsSync(path)) throw new Error(`${name}: ${path} does not exist`);
  return path;
}

export function benchSettings() {
  return {
    /** BENCH_SCALE: 1 = about 200 MB in 11,000+ files; 0.1 for a quick run. */
    scale: number('BENCH_SCALE', 1, { min: 0.005, max: 4 }),
    /** BENCH_SEED: any string; the corpus is a pure function of seed and scale. */
    seed: process.env.BENCH_SEED || DEFAULT_SEED,
    /** BENCH_REPS: timed repetitions per command (median reported). */
    reps: number('BENCH_REPS', 5, { min: 1, max: 50 }),
    /**
     * BENCH_BASELINE_SCANNER: the main.js of another optimocms-scan build (an older commit's dist),
     * measured beside the current one in the same run: before/after ratios without a quiet machine.
     */
    baselineScanner: scannerPath('BENCH_BASELINE_SCANNER'),
    /**
     * BENCH_SCANNER: the optimocms-scan build measured as "optimocms-scan" (default: this workspace's
     * packages/secret-scan/dist), say a clean build of a commit while others edit the working tree.
     */
    scanner: scannerPath('BENCH_SCANNER'),
  };
}
