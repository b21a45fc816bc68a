// 5. What npm users download: every packed package passes publint and @arethetypeswrong/cli (ESM-only
// profile), and its exports, bin, files and dependency ranges are right.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publishablePackages, type PackageManifest } from './support/packages.js';
import { run, runOk } from './support/run.js';

const packages = publishablePackages();
let unpacked: string;

beforeAll(() => {
  const { tarballs } = inject('e2e');
  unpacked = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-unpacked-'));
  for (const pkg of packages) {
    const dir = path.join(unpacked, pkg.name.replace('/', '__'));
    runOk('mkdir', ['-p', dir], { cwd: unpacked });
    runOk('tar', ['-xzf', tarballs[pkg.name] ?? '', '-C', dir], { cwd: unpacked });
  }
});
afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

/** Every file of an unpacked tarball, relative to its package folder. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

it('packs every publishable package', () => {
  expect(packages.map((pkg) => pkg.name)).toEqual([
    '@optimocms/auth-types',
    '@optimocms/codemod',
    '@optimocms/eslint-plugin',
    '@optimocms/secret-scan',
    '@optimocms/secretlint-rule-api-key',
  ]);
});

describe.each(packages.map((pkg) => [pkg.name, pkg] as const))('%s', (name, source) => {
  const { repoRoot, tarballs } = inject('e2e');
  const tarball = tarballs[name] ?? '';
  const dir = () => path.join(unpacked, name.replace('/', '__'), 'package');
  const manifest = () => JSON.parse(readFileSync(path.join(dir(), 'package.json'), 'utf8')) as PackageManifest;

  it('passes publint --strict', () => {
    const result = run(path.join(repoRoot, 'node_modules/.bin/publint'), ['run', tarball, '--strict'], { cwd: repoRoot });
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain('All good!');
  });

  it('passes @arethetypeswrong/cli with the ESM-only profile', () => {
    const result = run(path.join(repoRoot, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'ascii'], { cwd: repoRoot });
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toMatch(/node16 \(from ESM\): 🟢 \(ESM\)/);
  });

  it('exports ESM with the types condition first, and the files behind it', () => {
    const packed = manifest();
    expect(packed.type).toBe('module');
    const root = packed.exports?.['.'] as Record<string, string>;
    expect(Object.keys(root)[0]).toBe('types');
    for (const target of Object.values(root)) expect(existsSync(path.join(dir(), target)), target).toBe(true);
    expect(packed.exports?.['./package.json']).toBe('./package.json');
    expect(existsSync(path.join(dir(), packed.types ?? ''))).toBe(true);
    expect(packed.engines?.node).toBe('>=20.19');
  });

  it('ships dist and the README only: no sources, tests, maps or fixtures', () => {
    const files = filesOf(dir());
    expect(files).toContain('README.md');
    expect(files).toContain('package.json');
    const unexpected = files.filter((file) => !file.startsWith('dist/') && !['README.md', 'package.json', 'LICENSE', 'CHANGELOG.md'].includes(file) && !file.startsWith('docs/'));
    expect(unexpected).toEqual([]);
    // A test folder or a *.test.* / *.spec.* file, not any name with "test" in it (rules such as no-live-key-in-tests ship).
    const testFile = /(^|\/)(test|tests|__tests__|__fixtures__|fixtures)\/|\.(test|spec)\.[cm]?[jt]sx?$/;
    expect(files.filter((file) => file.endsWith('.map') || testFile.test(file))).toEqual([]);
  });

  it('has bins that exist and start with a node shebang', () => {
    const packed = manifest();
    expect(packed.bin ?? {}).toEqual(source.manifest.bin ?? {});
    for (const [bin, target] of Object.entries(packed.bin ?? {})) {
      const file = path.join(dir(), target);
      expect(existsSync(file), bin).toBe(true);
      expect(readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n'), bin).toBe(true);
      expect(statSync(file).mode & 0o111, `${bin} is executable`).not.toBe(0);
    }
  });

  it('depends on the other packages by their released version, never workspace:', () => {
    const packed = manifest();
    for (const [dependency, range] of Object.entries({ ...packed.dependencies, ...packed.peerDependencies })) {
      expect(range, dependency).not.toMatch(/^workspace:/);
      const released = inject('e2e').versions[dependency];
      if (released) expect(range, dependency).toBe(`^${released}`);
    }
  });
});

it('the ESLint plugin peers on ESLint 9 and 10', () => {
  const plugin = packages.find((pkg) => pkg.name === '@optimocms/eslint-plugin');
  const packed = JSON.parse(readFileSync(path.join(unpacked, '@optimocms__eslint-plugin/package/package.json'), 'utf8')) as PackageManifest;
  expect(plugin).toBeDefined();
  expect(packed.peerDependencies?.eslint).toBe('^9 || ^10');
});

it('the CLIs are bins of the packages that own them', () => {
  const bins = Object.fromEntries(packages.flatMap((pkg) => Object.keys(pkg.manifest.bin ?? {}).map((bin) => [bin, pkg.name])));
  expect(bins).toEqual({ 'optimocms-codemod': '@optimocms/codemod', 'optimocms-scan': '@optimocms/secret-scan' });
});
