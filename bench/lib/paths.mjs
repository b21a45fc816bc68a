// Where the benchmark finds the tools it measures and keeps its generated trees.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = resolve(BENCH_DIR, '..');
export const CORPUS_DIR = join(BENCH_DIR, '.corpus');
export const RESULTS_DIR = join(BENCH_DIR, 'results');

// The corpus lives inside this repository's work tree (bench/.corpus is git-ignored); without a
// ceiling git would see this repository and every tool would treat the corpus as ignored.
export const GIT_ENV = { GIT_CEILING_DIRECTORIES: CORPUS_DIR };

const require = createRequire(join(BENCH_DIR, 'package.json'));

/** The JS entry point of a package's bin, run with this Node (no shell wrapper in the measurement). */
export function binEntry(packageName, binName) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const manifest = require(manifestPath);
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[binName ?? Object.keys(manifest.bin)[0]];
  return join(dirname(manifestPath), bin);
}

export const SCANNER = () => binEntry('@optimocms/secret-scan', 'optimocms-scan');
export const CODEMOD = () => binEntry('@optimocms/codemod', 'optimocms-codemod');
export const SECRETLINT = () => binEntry('secretlint', 'secretlint');
export const SECRETLINT_PATTERN_RULE = () => dirname(require.resolve('@secretlint/secretlint-rule-pattern/package.json'));
