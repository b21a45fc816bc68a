import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import './context.js';
import { runOk } from './run.js';

/** A fresh folder outside the workspace whose node_modules is the shared consumer install. */
export function freshProject(label: string, fixture?: string): { dir: string; bin: (name: string) => string; remove: () => void } {
  const { consumerNodeModules, repoRoot } = inject('e2e');
  const dir = mkdtempSync(path.join(tmpdir(), `optimocms-e2e-${label}-`));
  if (fixture) cpSync(path.join(repoRoot, 'e2e/fixtures', fixture), dir, { recursive: true });
  symlinkSync(consumerNodeModules, path.join(dir, 'node_modules'), 'dir');
  return {
    dir,
    bin: (name) => path.join(dir, 'node_modules/.bin', name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const GIT_IDENTITY = ['-c', 'user.name=E2E Test', '-c', 'user.email=e2e@example.invalid', '-c', 'commit.gpgsign=false'];

/** `git` with a fixed identity and no global hooks or templates, in `cwd`. */
export function git(cwd: string, ...args: string[]) {
  return runOk('git', [...GIT_IDENTITY, ...args], { cwd, env: GIT_ENV });
}

/** Isolates the repositories under test from the machine's git configuration. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_SYSTEM: '/dev/null',
  GIT_AUTHOR_NAME: 'E2E Test',
  GIT_AUTHOR_EMAIL: 'e2e@example.invalid',
  GIT_COMMITTER_NAME: 'E2E Test',
  GIT_COMMITTER_EMAIL: 'e2e@example.invalid',
};

/** `git init` with a first commit, so that hooks and the codemod see a normal repository. */
export function initRepo(dir: string, ignore = ['node_modules']): void {
  writeFileSync(path.join(dir, '.gitignore'), `${ignore.join('\n')}\n`);
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '--no-verify', '--message', 'initial commit');
}

/** Number of commits on HEAD (0 before the first). */
export function commitCount(dir: string): number {
  const result = runOk('git', ['rev-list', '--count', '--all'], { cwd: dir, env: GIT_ENV });
  return Number(result.stdout.trim());
}
