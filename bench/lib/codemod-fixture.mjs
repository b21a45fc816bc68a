// Trees for the codemod benchmark: the corpus without its planted keys (nothing to migrate), and a
// copy of that with keys planted in N code files the way hardcoded keys look in real code.
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_KEY_HEADER, SDK } from '@optimocms/auth-types';
import { CORPUS_DIR } from './paths.mjs';
import { Random } from './prng.mjs';
import { planCorpus } from './corpus/plan.mjs';
import { generateFile } from './corpus/generate-file.mjs';
import { makeKey } from './corpus/secret-shapes.mjs';

export const CLEAN_DIR = join(CORPUS_DIR, 'codemod-clean');
export const MIGRATE_DIR = join(CORPUS_DIR, 'codemod-migrate');
const CLEAN_MARKER = join(CORPUS_DIR, 'codemod-clean.json');

/** The corpus with each planted file regenerated without its key: a tree with nothing to migrate. */
export function ensureCleanTree(treeDir, manifest, log) {
  if (existsSync(CLEAN_MARKER) && existsSync(CLEAN_DIR) && JSON.parse(readFileSync(CLEAN_MARKER, 'utf8')).sha256 === manifest.sha256) return CLEAN_DIR;
  log('building the key-free copy of the corpus …');
  const building = `${CLEAN_DIR}.tmp-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  rmSync(CLEAN_MARKER, { force: true });
  cpSync(treeDir, building, { recursive: true });
  const { files } = planCorpus(manifest.seed, manifest.scale);
  for (const file of files.filter((f) => f.plant !== undefined)) writeFileSync(join(building, file.path), generateFile(manifest.seed, file, undefined));
  rmSync(CLEAN_DIR, { recursive: true, force: true });
  renameSync(building, CLEAN_DIR);
  writeFileSync(CLEAN_MARKER, JSON.stringify({ sha256: manifest.sha256 }) + '\n');
  return CLEAN_DIR;
}

const PLANTABLE = /\.(?:ts|js|mjs|cjs)$/;

/**
 * A fresh copy of the clean tree with one hardcoded key in each of `count` server-side code files
 * (no 'use client', no existing SDK import). Two distinct keys, live and sandbox, as a project
 * with one key per environment has. Returns the planted files and the expected variable names.
 */
export function prepareMigrateTree(cleanDir, manifest, count, log) {
  rmSync(MIGRATE_DIR, { recursive: true, force: true });
  cpSync(cleanDir, MIGRATE_DIR, { recursive: true });
  const rng = new Random(`${manifest.seed}:codemod-migrate`);
  const keys = { live: makeKey(rng, 'live'), sandbox: makeKey(rng, 'sandbox') };
  const { files } = planCorpus(manifest.seed, manifest.scale);
  const candidates = files.filter((f) => PLANTABLE.test(f.path) && !f.optimoUsage && f.plant === undefined);
  if (candidates.length < count) throw new Error(`only ${candidates.length} code files to plant ${count} keys in: use a larger BENCH_SCALE`);
  const step = candidates.length / count;
  const chosen = Array.from({ length: count }, (_, i) => candidates[Math.floor(i * step)]);
  chosen.forEach((file, i) => {
    const path = join(MIGRATE_DIR, file.path);
    const text = readFileSync(path, 'utf8');
    const key = i % 2 === 0 ? keys.live : keys.sandbox;
    const cjs = file.path.endsWith('.cjs');
    const exported = cjs ? '' : 'export ';
    const importLine = cjs ? `const { ${SDK.clientClass} } = require('${SDK.packageName}');` : `import { ${SDK.clientClass} } from '${SDK.packageName}';`;
    const [head, tail] = [
      [importLine + '\n', `\n${exported}const benchCms = new ${SDK.clientClass}({ ${SDK.apiKeyOption}: '${key}' });\n`],
      ['', `\n${exported}const benchHeaders = { '${API_KEY_HEADER}': '${key}', Accept: 'application/json' };\n`],
      ['', `\n${exported}const benchApiKey = '${key}';\n`],
    ][i % 3];
    writeFileSync(path, head + text + tail);
  });
  log(`planted ${count} keys (2 distinct) in ${count} code files of ${MIGRATE_DIR}`);
  return { files: chosen.map((f) => f.path), variables: 2 };
}
