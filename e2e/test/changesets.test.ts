// Versioning: `changeset status` is clean and `changeset version` writes a CHANGELOG per package, tried on a
// throwaway clone of the repository (its committed state), never on the checkout itself.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { publishablePackages, type PackageManifest } from './support/packages.js';
import { GIT_ENV, git } from './support/project.js';
import { run } from './support/run.js';

let clone: string;
let changesetBin: string;

beforeAll(() => {
  const { repoRoot } = inject('e2e');
  clone = path.join(mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-changesets-')), 'repo');
  git(path.dirname(clone), 'clone', '--quiet', repoRoot, clone);
  git(clone, 'checkout', '--quiet', '-B', 'main');
  // The clone has no install: it borrows the workspace's (changesets resolves its changelog module from the repository).
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
  changesetBin = path.join(repoRoot, 'node_modules/@changesets/cli/bin.js');
});
afterAll(() => rmSync(path.dirname(clone), { recursive: true, force: true }));

const changesetFiles = () => readdirSync(path.join(clone, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');

it('changeset status is clean: every publishable package has a changeset', () => {
  const result = run(process.execPath, [changesetBin, 'status'], { cwd: clone, env: GIT_ENV });
  expect(result.status, result.output).toBe(0);
  for (const pkg of publishablePackages()) expect(result.output, pkg.name).toContain(`- ${pkg.name}`);
});

it('changeset version bumps each package and writes its CHANGELOG.md', () => {
  const summaries = new Map<string, string>();
  for (const file of changesetFiles()) {
    const text = readFileSync(path.join(clone, '.changeset', file), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    for (const match of frontmatter.matchAll(/^"([^"]+)": (major|minor|patch)$/gm)) summaries.set(match[1] ?? '', body.trim().split('\n')[0] ?? '');
  }

  const result = run(process.execPath, [changesetBin, 'version'], { cwd: clone, env: GIT_ENV });
  expect(result.status, result.output).toBe(0);
  expect(changesetFiles()).toEqual([]);

  for (const pkg of publishablePackages()) {
    const dir = path.join(clone, path.relative(inject('e2e').repoRoot, pkg.dir));
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageManifest;
    expect(manifest.version, pkg.name).toBe('0.1.0');
    expect(existsSync(path.join(dir, 'CHANGELOG.md')), pkg.name).toBe(true);
    const changelog = readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(new RegExp(`^# ${pkg.name.replace('/', '\\/')}\\n\\n## 0\\.1\\.0\\n\\n### Minor Changes\\n`));
    expect(changelog).toContain(summaries.get(pkg.name) ?? 'a changeset for this package');
    // Internal ranges keep the workspace protocol; pnpm pack turns them into ^0.1.0.
    for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
      if (dependency.startsWith('@optimocms/')) expect(range, `${pkg.name} → ${dependency}`).toBe('workspace:^');
    }
  }
  // Private workspace packages are not versioned.
  for (const privatePackage of ['examples/demo-app', 'e2e']) {
    expect(existsSync(path.join(clone, privatePackage, 'CHANGELOG.md')), privatePackage).toBe(false);
  }
});
