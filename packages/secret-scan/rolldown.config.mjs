// The optimocms-scan bin, bundled from src/cli: a hook pays Node's module loading on every commit, and
// tsc's 78 modules (30 of them auth-types) took ~40 ms to load where one bundled entry takes a few.
// The library entries (., ./cli-kit, ./project) stay tsc-built with their .d.ts (tsconfig.build.json).
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { defineConfig } from 'rolldown';

const OUT_DIR = 'dist/cli';
const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// Installed next to the bin by npm: left as imports, so `createRequire(import.meta.url)('ignore')` still finds it too.
const thirdParty = Object.entries(manifest.dependencies)
  .filter(([, range]) => !range.startsWith('workspace:'))
  .map(([name]) => name);

/**
 * Every `src/cli/**\/*-worker.ts`, emitted as `dist/cli/<basename>.js`: the source starts a worker with
 * `new URL('./<basename>.js', import.meta.url)`, which resolves in the flat output from whichever chunk calls it.
 */
function workerEntries() {
  const entries = {};
  for (const file of readdirSync('src/cli', { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('-worker.ts')) continue;
    const name = basename(file, '.ts');
    if (name in entries) throw new Error(`two workers are named ${name}.ts (${entries[name]} and src/cli/${file}): the bin's folder is flat`);
    entries[name] = join('src/cli', file);
  }
  return entries;
}

export default defineConfig({
  input: { main: 'src/cli/main.ts', ...workerEntries() },
  platform: 'node',
  // Sources import `./x.js`, the NodeNext spelling of `./x.ts`.
  resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
  // Workspace packages (auth-types) are bundled: only what the CLI uses of them is loaded.
  external: (id) => id.startsWith('node:') || thirdParty.some((name) => id === name || id.startsWith(`${name}/`)),
  output: {
    dir: OUT_DIR,
    format: 'esm',
    entryFileNames: '[name].js',
    // Shared and lazily imported code (the modes behind `await import(...)`) beside the entries: no subfolders.
    chunkFileNames: '[name]-[hash].js',
    // Each ES module costs about 1 ms to load: code that two entries or lazy imports share goes in one chunk (a
    // --staged run loads under ten files, not 30), while code that one lazy mode alone uses stays in that mode's chunk.
    // main.ts stays in main.js (only that entry reaches it): its top-level await would deadlock a chunk importing it back.
    codeSplitting: { groups: [{ name: 'shared', minShareCount: 2 }] },
    cleanDir: true,
    sourcemap: false,
  },
  plugins: [
    {
      name: 'executable-bin',
      writeBundle() {
        chmodSync(join(OUT_DIR, 'main.js'), 0o755);
      },
    },
  ],
});
