#!/usr/bin/env node
// Seeded corpus generator: about 200 MB (× BENCH_SCALE) of real-looking JS/TS/TSX/JSON/Markdown/YAML
// with a handful of planted keys recorded in a manifest. Same seed and scale → byte-identical tree.
//
//   node corpus.mjs            generate bench/.corpus/tree if missing or stale, print the manifest summary
//   node corpus.mjs --force    regenerate
//   node corpus.mjs --verify   regenerate in memory and check the tree still has the manifest's hash
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Random } from './lib/prng.mjs';
import { planCorpus } from './lib/corpus/plan.mjs';
import { generateFile } from './lib/corpus/generate-file.mjs';
import { makeKey, PLANTED_KEY_SITES } from './lib/corpus/secret-shapes.mjs';
import { TreeBuilder } from './lib/corpus/tree-builder.mjs';
import { benchSettings } from './lib/settings.mjs';
import { performance } from 'node:perf_hooks';

/** Bump when the generator's output changes, so stale corpora are regenerated. */
export const GENERATOR_VERSION = 2;

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '.corpus');
export const TREE_DIR = join(CORPUS_DIR, 'tree');
export const MANIFEST_PATH = join(CORPUS_DIR, 'manifest.json');

const ROOT_FILES = {
  '.gitignore': 'node_modules/\n.env\n.env.local\n',
  '.env.example': 'OPTIMOCMS_API_KEY=\n',
};

/** Yields [path, content, plantedKey?] for every file of the corpus, in a fixed order. */
function* corpusFiles(seed, scale) {
  const { files } = planCorpus(seed, scale);
  const keyRng = new Random(`${seed}:keys`);
  for (const [path, content] of Object.entries(ROOT_FILES)) yield { path, content };
  for (const file of files) {
    let planted;
    let plantLines;
    if (file.plant !== undefined) {
      const site = PLANTED_KEY_SITES[file.plant];
      const key = makeKey(keyRng, site.environment);
      planted = { site: file.plant, environment: site.environment, key };
      plantLines = site.lines(key);
    }
    yield { path: file.path, kind: file.kind, content: generateFile(seed, file, plantLines), planted };
  }
}

function build(seed, scale, { write }) {
  const tree = new TreeBuilder(write ? TREE_DIR : null);
  for (const { path, kind = 'root', content, planted } of corpusFiles(seed, scale)) {
    const site = planted && { text: content, key: planted.key, environment: planted.environment, site: PLANTED_KEY_SITES[planted.site].kind };
    tree.add(path, Buffer.from(content, 'utf8'), kind, site);
  }
  return { generatorVersion: GENERATOR_VERSION, seed, scale, ...tree.finish() };
}

export function readManifest() {
  if (!existsSync(MANIFEST_PATH)) return null;
  try {
    return JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
  } catch {
    return null;
  }
}

/** The manifest of an up-to-date corpus for (seed, scale), generating it first when missing or stale. */
export function ensureCorpus({ seed, scale, force = false, log = () => undefined } = benchSettings()) {
  const current = readManifest();
  if (!force && current && current.generatorVersion === GENERATOR_VERSION && current.seed === seed && current.scale === scale && existsSync(TREE_DIR)) {
    return current;
  }
  log(`generating corpus (seed ${seed}, scale ${scale}) in ${TREE_DIR} …`);
  const started = performance.now();
  mkdirSync(CORPUS_DIR, { recursive: true });
  rmSync(MANIFEST_PATH, { force: true });
  const manifest = build(seed, scale, { write: true });
  manifest.generatedInSeconds = Math.round((performance.now() - started) / 100) / 10;
  const tmp = `${MANIFEST_PATH}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(manifest, null, 2) + '\n');
  renameSync(tmp, MANIFEST_PATH);
  log(`generated ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${manifest.generatedInSeconds} s`);
  return manifest;
}

/** Regenerates in memory and compares the content hash with the manifest (reproducibility check). */
export function verifyCorpus(manifest) {
  const again = build(manifest.seed, manifest.scale, { write: false });
  return { identical: again.sha256 === manifest.sha256, expected: manifest.sha256, actual: again.sha256 };
}

export function describeCorpus(m) {
  const kinds = Object.entries(m.byKind).map(([k, v]) => `${k} ${v.files}`).join(', ');
  return `corpus: ${m.files} files, ${(m.bytes / 1e6).toFixed(1)} MB (seed ${m.seed}, scale ${m.scale}; ${kinds}); ${m.plantedKeys.length} planted keys`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const settings = benchSettings();
  const manifest = ensureCorpus({ ...settings, force: args.includes('--force'), log: (m) => console.error(m) });
  console.log(describeCorpus(manifest));
  for (const k of manifest.plantedKeys) console.log(`  ${k.file}:${k.line}:${k.column}  ${k.rule}  ${k.redacted}`);
  if (args.includes('--verify')) {
    const result = verifyCorpus(manifest);
    console.log(result.identical ? `verify: regenerated content is byte-identical (sha256 ${result.actual.slice(0, 16)}…)` : `verify: MISMATCH ${result.expected} vs ${result.actual}`);
    if (!result.identical) process.exitCode = 1;
  }
}
