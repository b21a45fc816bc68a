// `optimocms-scan --bundle` on a generated client build folder: 50 MB at scale 1 (minified chunks on
// long lines, each with a source map carrying sourcesContent), one live key inlined in one chunk and one
// value of unknown format from .env in another. Target: under 1 s, memory bounded by the largest file.
// Peer in the same run: `rg -j1` with the key pattern (it cannot look for the env value nor trace maps).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_PREFIXES } from '@optimocms/auth-types';
import { CORPUS_DIR } from './lib/paths.mjs';
import { SCANNER } from './lib/paths.mjs';
import { measureSeries } from './lib/measure.mjs';
import { Random } from './lib/prng.mjs';
import { RUST_KEY_PATTERN } from './lib/key-patterns.mjs';
import { findExecutable } from './lib/system-packages.mjs';
import { formatTable, megabytes, ratio, seconds, verdict } from './lib/table.mjs';

const TARGET_MS = 1000;
const CHUNK_BYTES = 800_000;
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function word(random, length) {
  let text = '';
  for (let i = 0; i < length; i++) text += ALNUM[Math.floor(random.next() * ALNUM.length)];
  return text;
}

/** Minified-looking code: one long line of statements, as bundlers emit it. */
function chunk(random, bytes, planted) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const part = `var ${word(random, 2)}=function(${word(random, 1)}){return ${word(random, 1)}.${word(random, 6)}("${word(random, 12)}",${Math.floor(random.next() * 1e6)})};`;
    parts.push(part);
    size += part.length;
  }
  if (planted) parts.splice(Math.floor(parts.length / 2), 0, `const cfg={apiKey:"${planted}"};`);
  return parts.join('');
}

/** A map whose mappings cover the line coarsely and whose sourcesContent holds the "original" module. */
function sourceMap(name, code) {
  const segments = Array.from({ length: Math.ceil(code.length / 2000) }, (_, i) => (i === 0 ? 'AAAA' : 'gpDAAA'));
  return JSON.stringify({ version: 3, file: `${name}.js`, sources: [`../../src/${name}.ts`], sourcesContent: [code.slice(0, Math.floor(code.length * 0.4)).replaceAll(';', ';\n')], names: [], mappings: segments.join(',') });
}

/** The build folder for `scale`, generated once and reused (a pure function of seed and scale). */
function ensureBuild(settings, log) {
  const dir = join(CORPUS_DIR, `bundle-${settings.scale}-${settings.seed}`);
  const manifestFile = join(dir, 'manifest.json');
  if (existsSync(manifestFile)) return { dir, ...JSON.parse(readFileSync(manifestFile, 'utf8')) };
  rmSync(dir, { recursive: true, force: true });
  const random = new Random(`${settings.seed}:bundle`);
  const key = `${KEY_PREFIXES.live}${word(random, 32)}`;
  const value = `cms-${word(random, 40)}`; // no known key format: only env-value-in-bundle can see it
  const chunks = Math.max(2, Math.ceil((50e6 * settings.scale) / (CHUNK_BYTES * 1.38)));
  mkdirSync(join(dir, 'dist/assets'), { recursive: true });
  let bytes = 0;
  for (let i = 0; i < chunks; i++) {
    const name = `chunk-${i}`;
    const code = `${chunk(random, CHUNK_BYTES, i === 1 ? key : i === chunks - 1 ? value : undefined)}\n//# sourceMappingURL=${name}.js.map\n`;
    const map = sourceMap(name, code);
    writeFileSync(join(dir, `dist/assets/${name}.js`), code);
    writeFileSync(join(dir, `dist/assets/${name}.js.map`), map);
    bytes += code.length + map.length;
  }
  writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><script type="module" src="/assets/chunk-0.js"></script>\n');
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-bundle", "private": true }\n');
  writeFileSync(join(dir, '.env'), `OPTIMOCMS_LIVE_KEY=${key}\nOPTIMOCMS_API_KEY=${value}\n`);
  const manifest = { files: chunks * 2 + 1, bytes, chunks };
  writeFileSync(manifestFile, JSON.stringify(manifest));
  log(`bundle: generated ${(bytes / 1e6).toFixed(1)} MB in ${manifest.files} files at ${dir}`);
  return { dir, ...manifest };
}

export async function runBundleBenchmark({ settings, timeBinary, log }) {
  const build = ensureBuild(settings, log);
  const scanner = SCANNER();
  const commands = [
    {
      id: 'bundle',
      label: 'optimocms-scan --bundle dist',
      command: process.execPath,
      args: [scanner, '--bundle', 'dist', '--format', 'json'],
      cwd: build.dir,
      check: (result) => {
        if (result.exitCode !== 1) throw new Error(`optimocms-scan --bundle exited ${result.exitCode}: ${result.stderr.trim()}`);
        const rules = JSON.parse(result.stdout).findings.map((finding) => `${finding.rule}${finding.source ? '+source' : ''}`).sort();
        if (rules.join() !== 'env-value-in-bundle+source,key-in-bundle+source') throw new Error(`optimocms-scan --bundle found ${rules.join(', ') || 'nothing'}, expected one traced key and one traced value`);
      },
    },
  ];
  const rg = findExecutable('rg');
  if (rg) commands.push({ id: 'rg', label: 'rg -j1 (key pattern)', command: rg, args: ['-j1', '--no-ignore', '--hidden', '-c', RUST_KEY_PATTERN, 'dist'], cwd: build.dir });
  const results = await measureSeries(commands, { reps: settings.reps, timeBinary, log });
  const ours = results.find((result) => result.id === 'bundle');
  const peer = results.find((result) => result.id === 'rg');
  console.log(`\nBundle: ${(build.bytes / 1e6).toFixed(1)} MB client build (${build.files} files, ${build.chunks} chunks with source maps); median of runs`);
  console.log(formatTable(['tool', 'wall', '× rg', 'CPU', 'peak RSS', 'runs'], results.map((r) => [r.label, seconds(r.wallMs), ratio(r.wallMs, peer?.wallMs), seconds(r.cpuMs), megabytes(r.peakRssMb), String(r.runs)])));
  const pass = build.bytes >= 49e6 ? ours.wallMs < TARGET_MS : null;
  console.log(`  target: 50 MB with source maps under 1 s — ${seconds(ours.wallMs)} ${verdict(pass)}${pass === null ? ' (scale below 1: not the target size)' : ''}`);
  const pick = (r) => r && { wallMs: Math.round(r.wallMs), cpuMs: r.cpuMs && Math.round(r.cpuMs), peakRssMb: r.peakRssMb && Math.round(r.peakRssMb * 10) / 10, runs: r.runs };
  return { bytes: build.bytes, files: build.files, optimocms: pick(ours), rg: pick(peer), targetMs: TARGET_MS, pass };
}
