#!/usr/bin/env node
// The real-code corpus: every regular file of this workspace's installed packages
// (node_modules/.pnpm, as pnpm-lock.yaml resolves them), copied in sorted order, with 7 planted keys.
// Real packages have many more, much smaller files than the generated corpus (14k files, median 1 kB
// against 10 kB), so per-file costs (open, stat, read, worker messages) weigh far more.
//
//   node real-corpus.mjs            copy it into bench/.corpus/real/tree if missing or stale, print the manifest summary
//   node real-corpus.mjs --force    copy again
//   node real-corpus.mjs --verify   rebuild in memory from node_modules/.pnpm and hash the tree on disk: both must match the manifest
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import tseslint from 'typescript-eslint';
import { CORPUS_DIR, REPO_DIR } from './lib/paths.mjs';
import { Random } from './lib/prng.mjs';
import { makeKey, PLANTED_KEY_SITES } from './lib/corpus/secret-shapes.mjs';
import { TreeBuilder } from './lib/corpus/tree-builder.mjs';
import { benchSettings } from './lib/settings.mjs';

/** Bump when the copy or the planting changes, so stale copies are rebuilt. */
export const REAL_CORPUS_VERSION = 2;

export const REAL_DIR = join(CORPUS_DIR, 'real');
export const REAL_TREE_DIR = join(REAL_DIR, 'tree');
const MANIFEST_PATH = join(REAL_DIR, 'manifest.json');
const SOURCE_DIR = join(REPO_DIR, 'node_modules', '.pnpm');
const LOCKFILE = join(REPO_DIR, 'pnpm-lock.yaml');
// The scanner's default --max-file-size (10 MiB): the two native binaries above it (turbo, rolldown)
// would be skipped unread, and only cost disk space in three copies.
const MAX_FILE_BYTES = 10 * 1024 * 1024;
// pnpm's layout is `<name>@<version>/node_modules/<name>/…`; a scanner never enters node_modules,
// so the corpus drops that segment, and renames the ones packages bundle inside themselves.
const PACKAGE_LAYOUT = 'node_modules';
const BUNDLED = 'bundled_modules';

/**
 * Where each kind of planted key goes in real code: the first file (in a seeded pick) whose path
 * matches, and the line after which the site's lines are inserted (for `code` hosts, the statement
 * boundary nearest that line: see codeLine). `tsx` and `yml` sites have no TSX in node_modules, so
 * an ES module and a CI file of a package take them.
 */
const HOSTS = {
  ts: { match: (p) => p.endsWith('.ts') && !p.endsWith('.d.ts'), after: (lines) => Math.floor(lines / 2), code: true },
  tsx: { match: (p) => p.endsWith('.mjs'), after: (lines) => Math.floor(lines / 2), code: true },
  js: { match: (p) => p.endsWith('.js') && !p.endsWith('.min.js'), after: (lines) => Math.floor(lines / 2), code: true },
  json: { match: (p) => p.endsWith('/package.json'), after: () => 1 },
  md: { match: (p) => /\/README\.md$/i.test(p), after: (lines) => Math.floor(lines / 2) },
  bundle: { match: (p) => p.endsWith('.min.js'), minSize: 50_000, inline: true },
  yml: { match: (p) => /\.ya?ml$/.test(p), after: (lines) => lines },
};

/** Every regular file of every package folder, as { source, path, size }, sorted by corpus path. */
function listPackageFiles() {
  const files = [];
  const excluded = [];
  const visit = (dir, path) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const source = join(dir, entry.name);
      if (entry.isDirectory()) {
        // The first node_modules below a package folder is pnpm's layout; any deeper one is bundled.
        const segment = entry.name === PACKAGE_LAYOUT ? (path.includes('/') ? BUNDLED : null) : entry.name;
        visit(source, segment === null ? path : `${path}/${segment}`);
      } else if (entry.isFile()) {
        const size = lstatSync(source).size;
        const file = { source, path: `${path}/${entry.name}`, size };
        (size > MAX_FILE_BYTES ? excluded : files).push(file);
      }
      // Symlinks are a package's dependencies (other folders of .pnpm): copied once, from there.
    }
  };
  for (const entry of readdirSync(SOURCE_DIR, { withFileTypes: true })) {
    // `.pnpm/node_modules` holds only links (hoisting); `.pnpm/lock.yaml` is pnpm's state, not a package.
    if (entry.isDirectory() && entry.name !== PACKAGE_LAYOUT) visit(join(SOURCE_DIR, entry.name), entry.name);
  }
  const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files: files.sort(byPath), excluded: excluded.sort(byPath) };
}

/** The host's syntax tree as the ESLint benchmark's parser (typescript-eslint) reads it, with comments; throws on a parse error. */
function parseCode(text, path) {
  return tseslint.parser.parseForESLint(text, { range: true, comment: true, sourceType: 'module', ecmaVersion: 'latest', filePath: path }).ast;
}

/**
 * The line of a code host nearest `wanted` before which the site's statements can go: the start of
 * a line between two top-level statements (after the first, so a shebang, directives and the first
 * import stay first), inside no comment; the end of the file when no line between them is free.
 * A line in the middle of the file can be inside an object literal, a function or a JSDoc comment.
 */
function codeLine(text, path, wanted) {
  const { body, comments } = parseCode(text, path);
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const inside = (at, nodes) => nodes.some(({ range }) => range[0] < at && at < range[1]);
  const firstEnd = body[0]?.range[1] ?? 0;
  let best = starts.length;
  starts.forEach((at, line) => {
    if (at >= firstEnd && !inside(at, body) && !inside(at, comments) && Math.abs(line - wanted) < Math.abs(best - wanted)) best = line;
  });
  return best;
}

/** Throws unless the planted host still parses and no comment holds the key: the key sits in code of its kind. */
function checkPlanted(text, path, key) {
  const { comments } = parseCode(text, path);
  const at = text.indexOf(key);
  if (at === -1 || comments.some(({ range }) => range[0] <= at && at < range[1])) throw new Error(`${path}: the planted key is not in code`);
}

/** Inserts the site's lines into the host's text (or, for a one-line bundle, after the `;` nearest the middle of its longest line). */
function plantIn(text, site, host, key, path) {
  const lines = text.split('\n');
  if (host.inline) {
    let longest = 0;
    lines.forEach((line, i) => (line.length > lines[longest].length ? (longest = i) : undefined));
    const line = lines[longest];
    const at = line.indexOf(';', Math.floor(line.length / 2)) + 1 || line.length;
    lines[longest] = line.slice(0, at) + site.lines(key).join('') + line.slice(at);
    return lines.join('\n');
  }
  const wanted = Math.min(host.after(lines.length), lines.length);
  const after = host.code ? codeLine(text, path, wanted) : wanted;
  const block = site.kind === 'md' ? ['', ...site.lines(key), ''] : site.lines(key);
  const planted = [...lines.slice(0, after), ...block, ...lines.slice(after)].join('\n');
  if (host.code) checkPlanted(planted, path, key);
  return planted;
}

/** One host file per planted site, picked with the seed among the UTF-8 files of that kind. */
function choosePlants(files, seed) {
  const rng = new Random(`${seed}:real-corpus`);
  const taken = new Set();
  return PLANTED_KEY_SITES.map((site, index) => {
    const host = HOSTS[site.kind];
    const candidates = files.filter((f) => host.match(f.path) && f.size > (host.minSize ?? 200) && f.size < 2_000_000 && !taken.has(f.path));
    if (candidates.length === 0) throw new Error(`no ${site.kind} host file in node_modules/.pnpm`);
    // Seeded picks until a UTF-8 one: the same seed and the same packages give the same hosts.
    for (let attempt = 0; attempt < 50; attempt++) {
      const file = rng.pick(candidates);
      if (!isUtf8(readFileSync(file.source))) continue;
      taken.add(file.path);
      return { file, site, host, index, key: makeKey(rng, site.environment) };
    }
    throw new Error(`no UTF-8 ${site.kind} host file found`);
  });
}

function lockfileHash() {
  return createHash('sha256').update(readFileSync(LOCKFILE)).digest('hex');
}

/**
 * Yields { path, data, plant? } for every corpus file in order; `original` keeps the host files'
 * bytes before planting (the git history commits them first, then the keys).
 */
function* realFiles(seed) {
  const { files, excluded } = listPackageFiles();
  const plants = new Map(choosePlants(files, seed).map((plant) => [plant.file.path, plant]));
  yield { excluded };
  for (const file of files) {
    const data = readFileSync(file.source);
    const plant = plants.get(file.path);
    if (!plant) {
      yield { path: file.path, data };
      continue;
    }
    const text = plantIn(data.toString('utf8'), plant.site, plant.host, plant.key, file.path);
    yield { path: file.path, data: Buffer.from(text, 'utf8'), original: data, plant, text };
  }
}

function build(seed, { write }) {
  const tree = new TreeBuilder(write ? REAL_TREE_DIR : null);
  const packages = new Set();
  let excluded;
  for (const item of realFiles(seed)) {
    if (item.excluded) {
      excluded = item.excluded.map((f) => ({ path: f.path, bytes: f.size }));
      continue;
    }
    const { path, data, plant, text } = item;
    packages.add(path.slice(0, path.indexOf('/')));
    tree.add(path, data, extname(path).slice(1).toLowerCase() || '(none)', plant && { text, key: plant.key, environment: plant.site.environment, site: plant.site.kind });
  }
  const { byKind, ...counts } = tree.finish();
  // The ten biggest kinds by bytes are enough to describe the mix.
  const kinds = Object.fromEntries(Object.entries(byKind).sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 10));
  return { version: REAL_CORPUS_VERSION, seed, source: 'node_modules/.pnpm', lockfileSha256: lockfileHash(), packages: packages.size, ...counts, byKind: kinds, excluded };
}

/** The path and content (before planting, then after) of the files that hold a planted key. */
export function plantedHosts(seed) {
  const hosts = [];
  for (const item of realFiles(seed)) if (item.plant) hosts.push({ path: item.path, original: item.original, planted: item.data });
  return hosts;
}

export function readRealManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
  } catch {
    return null;
  }
}

/** The manifest of an up-to-date real corpus, copying it first when missing or stale (new lockfile, seed or version). */
export function ensureRealCorpus({ seed, force = false, log = () => undefined }) {
  const current = readRealManifest();
  if (!force && current && current.version === REAL_CORPUS_VERSION && current.seed === seed && current.lockfileSha256 === lockfileHash() && existsSync(REAL_TREE_DIR)) return current;
  if (!existsSync(SOURCE_DIR)) throw new Error(`${SOURCE_DIR} is missing: run pnpm install first`);
  log(`copying the real corpus (node_modules/.pnpm, seed ${seed}) into ${REAL_TREE_DIR} …`);
  const started = performance.now();
  mkdirSync(REAL_DIR, { recursive: true });
  rmSync(MANIFEST_PATH, { force: true });
  const manifest = build(seed, { write: true });
  manifest.builtInSeconds = Math.round((performance.now() - started) / 100) / 10;
  writeFileSync(`${MANIFEST_PATH}.tmp`, JSON.stringify(manifest, null, 2) + '\n');
  renameSync(`${MANIFEST_PATH}.tmp`, MANIFEST_PATH);
  log(`copied ${manifest.files} files of ${manifest.packages} packages, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${manifest.builtInSeconds} s`);
  return manifest;
}

/** SHA-256 of a tree's files in the manifest's order and form (path, NUL, bytes, NUL). */
export function hashTree(dir) {
  const paths = [];
  const visit = (abs, rel) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.name === '.git' && rel === '') continue;
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) visit(join(abs, entry.name), path);
      else paths.push(path);
    }
  };
  visit(dir, '');
  paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha256');
  for (const path of paths) hash.update(path).update('\0').update(readFileSync(join(dir, path))).update('\0');
  return hash.digest('hex');
}

/** Rebuilds in memory from the installed packages, and hashes the tree on disk: both must give the manifest's hash. */
export function verifyRealCorpus(manifest) {
  const again = build(manifest.seed, { write: false });
  const onDisk = hashTree(REAL_TREE_DIR);
  return { identical: again.sha256 === manifest.sha256 && onDisk === manifest.sha256, expected: manifest.sha256, rebuilt: again.sha256, onDisk };
}

export function describeRealCorpus(m) {
  const kinds = Object.entries(m.byKind).map(([k, v]) => `${k} ${v.files}`).join(', ');
  return `real corpus: ${m.files} files of ${m.packages} installed packages, ${(m.bytes / 1e6).toFixed(1)} MB (${kinds}, …); ${m.excluded.length} files over 10 MiB left out; ${m.plantedKeys.length} planted keys`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const manifest = ensureRealCorpus({ seed: benchSettings().seed, force: args.includes('--force'), log: (m) => console.error(m) });
  console.log(describeRealCorpus(manifest));
  for (const k of manifest.plantedKeys) console.log(`  ${k.file}:${k.line}:${k.column}  ${k.rule}  ${k.redacted}`);
  if (args.includes('--verify')) {
    const result = verifyRealCorpus(manifest);
    console.log(result.identical ? `verify: rebuilt content and the tree on disk are byte-identical (sha256 ${manifest.sha256.slice(0, 16)}…)` : `verify: MISMATCH manifest ${result.expected}, rebuilt ${result.rebuilt}, on disk ${result.onDisk}`);
    if (!result.identical) process.exitCode = 1;
  }
}
