// Issue #12 on a real build: `vite build` of a small SPA before and after `optimocms-codemod env-keys --write`, with the
// codemod installed by name from the suite's registry and Vite installed through the same registry. A key in browser
// code is listed as manual work (never rewritten to an env read the bundler would inline as `{}.X`); the backend file
// beside the SPA is rewritten; once the manual step is done the build holds no key.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testKey } from '@optimocms/test-keys';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import './support/context.js';
import { run, runOk } from './support/run.js';
import { installToolchain, linkToolchain } from './support/toolchain.js';
import { WHOLE_KEY } from './support/two-commits.js';

/** Pinned: the Vite of the bundle test, so the two tests share what the registry cached. */
const VITE = 'vite@8.3.8';
const KEY = testKey('live', 'e2e-codemod-vite');

const BROWSER_CLIENT = (key: string) => `// The SPA's OptimoCMS client (runs in the browser).
const apiKey = '${key}';
export const listPages = () => fetch('https://api.optimocms.com/v1/sites/s1/pages', { headers: { 'X-Api-Key': apiKey } }).then((r) => r.json());
`;
const BACKEND = (key: string) => `// The SPA's backend (Node, not bundled): it holds the key and calls OptimoCMS.
import { createServer } from 'node:http';

const apiKey = '${key}';
createServer(async (request, response) => {
  const upstream = await fetch('https://api.optimocms.com/v1/sites/s1/pages', { headers: { 'X-Api-Key': apiKey } });
  response.end(await upstream.text());
}).listen(8787);
`;
// The manual step the codemod names for a Vite SPA: the browser calls the backend, which holds the key.
const BROWSER_AFTER_MANUAL_STEP = `// The SPA's OptimoCMS client (runs in the browser): the backend holds the key.
export const listPages = () => fetch('/api/pages').then((r) => r.json());
`;

let scratch: string;
let toolchain: string;
let codemod: string;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-codemod-vite-'));
  toolchain = installToolchain(scratch, 'e2e-codemod-vite-toolchain', [VITE]);
  codemod = path.join(inject('e2e').consumerNodeModules, '.bin/optimocms-codemod');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh copy of the fixture SPA with its browser client and backend holding the key. */
function app(): string {
  const dir = mkdtempSync(path.join(scratch, 'spa-'));
  cpSync(path.join(inject('e2e').repoRoot, 'e2e/fixtures/codemod-vite-spa'), dir, { recursive: true });
  linkToolchain(toolchain, dir);
  writeFileSync(path.join(dir, 'src/cms.js'), BROWSER_CLIENT(KEY));
  mkdirSync(path.join(dir, 'server'), { recursive: true });
  writeFileSync(path.join(dir, 'server/api.js'), BACKEND(KEY));
  return dir;
}

function viteBuild(dir: string): string {
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  runOk(process.execPath, [path.join(toolchain, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: dir });
  const files = (folder: string): string[] => readdirSync(folder).flatMap((name) => (statSync(path.join(folder, name)).isDirectory() ? files(path.join(folder, name)) : [path.join(folder, name)]));
  return files(path.join(dir, 'dist')).map((file) => readFileSync(file, 'utf8')).join('\n');
}

interface Report {
  files: { file: string; edits: { variable: string }[] }[];
  manual: { file: string; line: number; kind: string; secret: string; message: string; step: string }[];
  written: boolean;
}

function envKeys(dir: string, args: string[]): Report {
  const result = run(codemod, ['env-keys', ...args, '--json'], { cwd: dir });
  expect(result.output).not.toMatch(WHOLE_KEY);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

describe('vite build before and after optimocms-codemod env-keys --write', () => {
  it('before: the key is in dist/; the codemod lists the browser file as manual work, rewrites only the backend; after the named step, no key is in dist/', () => {
    const dir = app();
    // Never printed: only whether the bundle holds it.
    expect(viteBuild(dir).includes(KEY)).toBe(true);

    const report = envKeys(dir, ['--write']);
    expect(report.written).toBe(true);
    expect(report.manual).toEqual([
      expect.objectContaining({ file: 'src/cms.js', line: 2, kind: 'client-module', message: expect.stringContaining('Vite SPA'), step: expect.stringContaining('a backend you control') }),
    ]);
    expect(report.files.map((file) => [file.file, file.edits.map((edit) => edit.variable)])).toEqual([['server/api.js', ['OPTIMOCMS_API_KEY']]]);
    // The browser file is byte for byte what it was: no `process.env.X` for Vite to inline as `{}.X`.
    expect(readFileSync(path.join(dir, 'src/cms.js'), 'utf8')).toBe(BROWSER_CLIENT(KEY));
    expect(readFileSync(path.join(dir, 'server/api.js'), 'utf8')).toBe(BACKEND(KEY).replace(`'${KEY}'`, 'process.env.OPTIMOCMS_API_KEY'));
    expect(readFileSync(path.join(dir, '.env'), 'utf8')).toBe(`OPTIMOCMS_API_KEY=${KEY}\n`);
    // Still in the bundle: that is the manual work the codemod listed, and the build check (optimocms-scan --bundle) sees it.
    expect(viteBuild(dir).includes(KEY)).toBe(true);

    writeFileSync(path.join(dir, 'src/cms.js'), BROWSER_AFTER_MANUAL_STEP);
    const bundle = viteBuild(dir);
    expect(bundle.includes(KEY)).toBe(false);
    expect(bundle).not.toMatch(WHOLE_KEY);
    expect(envKeys(dir, ['--check']).manual).toEqual([]);
  });

  it('the bug it prevents: forcing server rules on the SPA (--framework node-server) rewrites the browser file, and Vite inlines {}.X: the app would send undefined', () => {
    const dir = app();
    const report = envKeys(dir, ['--write', '--framework', 'node-server']);
    expect(report.manual).toEqual([]);
    expect(report.files.map((file) => file.file)).toEqual(['server/api.js', 'src/cms.js']);
    const bundle = viteBuild(dir);
    expect(bundle.includes(KEY)).toBe(false);
    expect(bundle).not.toContain('process.env');
    expect(bundle).toMatch(/\{\}\)?\.OPTIMOCMS_API_KEY/);
    expect(existsSync(path.join(dir, '.env'))).toBe(true);
  });
});
