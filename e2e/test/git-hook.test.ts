// 2. A plain .git/hooks/pre-commit (docs/recipes/git-hooks/pre-commit) calling `optimocms-scan --staged`.
import { chmodSync, copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { LIVE_KEY } from './support/keys.js';
import { commitCount, freshProject, GIT_ENV, git, initRepo } from './support/project.js';
import { run } from './support/run.js';
import { refuseThenAccept } from './support/two-commits.js';

let project: ReturnType<typeof freshProject>;
beforeEach(() => {
  project = freshProject('git-hook');
  initRepo(project.dir);
  const hook = path.join(project.dir, '.git/hooks/pre-commit');
  copyFileSync(path.join(inject('e2e').repoRoot, 'docs/recipes/git-hooks/pre-commit'), hook);
  chmodSync(hook, 0o755);
});
afterEach(() => project.remove());

it('refuses the commit with a key, accepts it after the codemod', () => {
  const refused = refuseThenAccept(project.dir, project.bin('optimocms-codemod'));
  expect(refused.output).toContain('✖ 1 finding in 1 file');
});

it('checks the staged blob, not the working tree', () => {
  const before = commitCount(project.dir);
  writeFileSync(path.join(project.dir, 'notes.txt'), `key: ${LIVE_KEY}\n`);
  git(project.dir, 'add', 'notes.txt');
  // Removed from the working file, still in the index: the commit would record it.
  writeFileSync(path.join(project.dir, 'notes.txt'), 'nothing here\n');
  const result = run('git', ['commit', '--message', 'notes'], { cwd: project.dir, env: GIT_ENV });
  expect(result.status).toBe(1);
  expect(commitCount(project.dir)).toBe(before);
});
