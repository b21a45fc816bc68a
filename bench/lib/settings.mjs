// Benchmark settings from the environment, validated once.
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

export function benchSettings() {
  return {
    /** BENCH_SCALE: 1 = about 200 MB in 11,000+ files; 0.1 for a quick run. */
    scale: number('BENCH_SCALE', 1, { min: 0.005, max: 4 }),
    /** BENCH_SEED: any string; the corpus is a pure function of seed and scale. */
    seed: process.env.BENCH_SEED || DEFAULT_SEED,
    /** BENCH_REPS: timed repetitions per command (median reported). */
    reps: number('BENCH_REPS', 5, { min: 1, max: 50 }),
  };
}
