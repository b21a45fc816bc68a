// 3. husky 9 + lint-staged 16 from the registry, configured as docs/recipes/husky-lint-staged.md says:
// lint-staged runs `optimocms-scan --staged` on every staged file and ESLint on the code files.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { commitCount, freshProject, GIT_ENV, git, initRepo } from './support/project.js';
import { run, runOk } from './support/run.js';
import { refuseThenAccept } from './support/two-commits.js';

let project: ReturnType<typeof freshProject>;
beforeEach(() => {
  const { repoRoot } = inject('e2e');
  project = freshProject('husky');
  const lintStaged: unknown = JSON.parse(readFileSync(path.join(repoRoot, 'docs/recipes/husky/lint-staged.json'), 'utf8'));
  const manifest = { name: 'husky-consumer', private: true, type: 'module', scripts: { prepare: 'husky' }, 'lint-staged': lintStaged };
  writeFileSync(path.join(project.dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  copyFileSync(path.join(repoRoot, 'e2e/fixtures/consumer/eslint.config.js'), path.join(project.dir, 'eslint.config.js'));
  mkdirSync(path.join(project.dir, '.husky'));
  copyFileSync(path.join(repoRoot, 'docs/recipes/husky/pre-commit'), path.join(project.dir, '.husky/pre-commit'));
  initRepo(project.dir);
  // What `npm install` runs through the "prepare" script: husky points core.hooksPath at .husky/_.
  runOk(project.bin('husky'), [], { cwd: project.dir, env: GIT_ENV });
});
afterEach(() => project.remove());

it('installs its hooks with husky 9', () => {
  expect(git(project.dir, 'config', 'core.hooksPath').stdout.trim()).toBe('.husky/_');
  const husky = JSON.parse(readFileSync(path.join(project.dir, 'node_modules/husky/package.json'), 'utf8')) as { version: string };
  expect(husky.version).toMatch(/^9\./);
  expect(runOk(project.bin('lint-staged'), ['--version'], { cwd: project.dir }).stdout.trim()).toMatch(/^16\./);
});

it('refuses the commit with a key, accepts it after the codemod', () => {
  const refused = refuseThenAccept(project.dir, project.bin('optimocms-codemod'));
  expect(refused.output).toContain('optimocms-scan --staged');
});

it('refuses, through ESLint, a client component that reads a browser-public key variable', () => {
  const before = commitCount(project.dir);
  mkdirSync(path.join(project.dir, 'app'));
  writeFileSync(
    path.join(project.dir, 'app/search.tsx'),
    "'use client';\nimport { OptimoCMS } from '@optimocms/sdk';\n\nexport const cms = new OptimoCMS({ apiKey: process.env.NEXT_PUBLIC_OPTIMOCMS_API_KEY! });\n",
  );
  git(project.dir, 'add', 'app/search.tsx');
  const refused = run('git', ['commit', '--message', 'search'], { cwd: project.dir, env: GIT_ENV });
  expect(refused.status).toBe(1);
  expect(refused.output).toContain('@optimocms/no-client-side-api-key');
  expect(commitCount(project.dir)).toBe(before);
  // lint-staged put everything back: the refused change is still staged, nothing was lost.
  expect(git(project.dir, 'status', '--porcelain').stdout).toBe('A  app/search.tsx\n');
});
