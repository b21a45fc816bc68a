// The release path through a real registry: what `pnpm release` published is installed by name and
// version with npm and pnpm and run through npx; a second publish of a version and a package that would
// ship a dotenv file, a keyed fixture or a keyed source map are refused, each with one line.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONSUMER_FIXTURE_REPORTS, eslintReports } from './support/eslint-reports.js';
import { LIVE_KEY } from './support/keys.js';
import { publishablePackages } from './support/packages.js';
import { run, runOk } from './support/run.js';
import { WHOLE_KEY } from './support/two-commits.js';

const { registry, releaseClone, repoRoot, versions } = inject('e2e');
let scratch: string;
/** npm and pnpm pointed at the suite's registry only, through the npm config environment variables. */
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-registry-test-'));
  writeFileSync(path.join(scratch, '.npmrc'), registry.npmrc);
  env = { npm_config_registry: registry.url, npm_config_userconfig: path.join(scratch, '.npmrc'), npm_config_cache: path.join(scratch, 'npm-cache') };
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('holds every public package at the version changeset version gave it', () => {
  expect(Object.keys(versions)).toEqual(publishablePackages().map((pkg) => pkg.name));
  for (const [name, version] of Object.entries(versions)) {
    expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
    expect(version, name).not.toBe('0.0.0');
    const view = runOk('npm', ['view', `${name}@${version}`, 'version', 'dist.tarball', '--json'], { cwd: scratch, env });
    const published = JSON.parse(view.stdout) as { version: string; 'dist.tarball': string };
    expect(published.version).toBe(version);
    expect(published['dist.tarball'].startsWith(registry.url)).toBe(true);
  }
});

describe('installed by name and version', () => {
  it('with pnpm: ESLint 9 with configs.recommended reports what ESLint 10 does, and secretlint runs the rule', () => {
    const dir = path.join(scratch, 'pnpm-consumer');
    cpSync(path.join(repoRoot, 'e2e/fixtures/consumer'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'pnpm-consumer', private: true, type: 'module' }, null, 2)}\n`);
    writeFileSync(path.join(dir, '.npmrc'), `registry=${registry.url}\n`);
    const ours = ['@optimocms/eslint-plugin', '@optimocms/secretlint-rule-api-key'].map((name) => `${name}@${versions[name] ?? ''}`);
    runOk('pnpm', ['add', '--reporter=silent', ...ours, 'eslint@^9', 'typescript-eslint@^8.74.0', 'typescript@~6.0.3', 'secretlint@^13.0.6'], { cwd: dir, env });

    const lockfile = readFileSync(path.join(dir, 'pnpm-lock.yaml'), 'utf8');
    expect(lockfile).toContain(`'@optimocms/eslint-plugin':\n        specifier: ${versions['@optimocms/eslint-plugin'] ?? ''}`);
    const bin = (name: string) => path.join(dir, 'node_modules/.bin', name);
    expect(runOk(bin('eslint'), ['--version'], { cwd: dir }).stdout.trim()).toMatch(/^v9\./);
    const eslint = eslintReports(bin('eslint'), dir);
    expect(eslint.status).toBe(1);
    expect(eslint.reports.sort()).toEqual(CONSUMER_FIXTURE_REPORTS);

    writeFileSync(path.join(dir, '.secretlintrc.json'), '{ "rules": [{ "id": "@optimocms/secretlint-rule-api-key" }] }\n');
    const secretlint = run(bin('secretlint'), ['src/**/*'], { cwd: dir });
    expect(secretlint.status, secretlint.output).toBe(1);
    expect(secretlint.output).toContain('@optimocms/secretlint-rule-api-key');
    expect(secretlint.output).not.toMatch(WHOLE_KEY);
  });

  it('both CLIs through npx, downloaded from the registry into an empty folder', () => {
    const dir = path.join(scratch, 'npx');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'settings.js'), `export const apiKey = '${LIVE_KEY}';\n`);
    const npx = (name: string, bin: string, args: string[]) =>
      run('npx', ['--yes', '--package', `${name}@${versions[name] ?? ''}`, '--', bin, ...args], { cwd: dir, env });

    const scan = npx('@optimocms/secret-scan', 'optimocms-scan', ['settings.js']);
    expect(scan.status, scan.output).toBe(1);
    expect(scan.stdout).toMatch(/settings\.js:1:24\s+live-key\s+optimo_live_Tq4W…/);
    expect(scan.output).not.toMatch(WHOLE_KEY);
    expect(npx('@optimocms/secret-scan', 'optimocms-scan', ['--version']).stdout.trim()).toContain(versions['@optimocms/secret-scan']);

    const codemod = npx('@optimocms/codemod', 'optimocms-codemod', ['--help']);
    expect(codemod.status, codemod.output).toBe(0);
    expect(codemod.stdout).toContain('Usage');
  });
});

describe('pnpm release refuses', () => {
  it('a version the registry already has, in one line', () => {
    const again = run(process.execPath, [path.join(releaseClone, 'scripts/release.mjs')], { cwd: releaseClone, env: { npm_config_registry: registry.url } });
    expect(again.status, again.output).toBe(1);
    expect(again.stdout).toBe('');
    const first = publishablePackages()[0]?.name ?? '';
    expect(again.stderr).toBe(`release: ${first}@${versions[first] ?? ''} is already in the registry, which refuses a second publish of a version: run changeset version first\n`);
  });

  // A workspace of one package `leaky`, built in a temp folder: its packed files hold `file` with `content`.
  const leaks = [
    { file: '.env', content: 'OPTIMOCMS_API_KEY=\n', reason: 'is a dotenv file' },
    { file: 'test/fixtures/client.ts', content: `export const key = '${LIVE_KEY}';\n`, reason: 'holds a key (optimo_live_Tq4W… at line 1)' },
    {
      file: 'dist/index.js.map',
      content: JSON.stringify({ version: 3, sources: ['../src/index.ts'], sourcesContent: [`export const key = '${LIVE_KEY}';\n`], mappings: 'AAAA' }),
      reason: 'is a source map holding a key (optimo_live_Tq4W… at line 1)',
    },
  ];

  it.each(leaks)('a package that would publish $file, before publishing', ({ file, content, reason }) => {
    const workspace = mkdtempSync(path.join(scratch, 'leaky-'));
    const dir = path.join(workspace, 'packages/leaky');
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    mkdirSync(path.join(dir, 'dist'), { recursive: true });
    const name = `@optimocms/leaky-${path.basename(workspace).slice(-6).toLowerCase()}`;
    writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name, version: '1.0.0', files: ['dist', 'test', '.env'] }, null, 2)}\n`);
    writeFileSync(path.join(dir, 'dist/index.js'), 'export const key = process.env.OPTIMOCMS_API_KEY;\n');
    writeFileSync(path.join(dir, file), content);

    const result = run(process.execPath, [path.join(repoRoot, 'scripts/release.mjs')], { cwd: workspace, env });
    expect(result.status, result.output).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`release: refused before publishing: ${name} would publish ${file}, which ${reason}\n`);
    expect(result.output).not.toMatch(WHOLE_KEY);
    const view = run('npm', ['view', name, 'version'], { cwd: scratch, env });
    expect(view.status).not.toBe(0);
    expect(view.output).toContain('E404');
  });
});
