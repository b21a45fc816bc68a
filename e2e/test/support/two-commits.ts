// The scenario every hook recipe must pass: a commit that adds a key is refused, and after the codemod
// has moved the key into .env (git-ignored), the same change commits.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { LIVE_KEY } from './keys.js';
import { commitCount, GIT_ENV, git } from './project.js';
import { run, type RunResult } from './run.js';

export const WHOLE_KEY = /(?<![A-Za-z0-9])optimo_(?:live|sandbox)_[A-Za-z0-9]{12,}(?![A-Za-z0-9])/;

const CLIENT_FILE = 'src/cms.ts';
const CLIENT_SOURCE = `import { OptimoCMS } from '@optimocms/sdk';\n\nexport const cms = new OptimoCMS({ apiKey: '${LIVE_KEY}' });\n`;

function commit(dir: string, env: NodeJS.ProcessEnv = {}): RunResult {
  return run('git', ['commit', '--message', 'Add the CMS client'], { cwd: dir, env: { ...GIT_ENV, ...env } });
}

/**
 * Runs both commits in `dir`, a repository whose pre-commit hook is installed. `codemod` is the
 * installed optimocms-codemod bin. Returns the refused commit's output for hook-specific checks.
 */
export function refuseThenAccept(dir: string, codemod: string, env: NodeJS.ProcessEnv = {}): RunResult {
  const commitsBefore = commitCount(dir);
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, CLIENT_FILE), CLIENT_SOURCE);
  git(dir, 'add', CLIENT_FILE);

  const refused = commit(dir, env);
  expect(refused.status, refused.output).toBe(1);
  expect(refused.output).toMatch(/src\/cms\.ts:3:45\s+live-key\s+optimo_live_Tq4W…/);
  expect(refused.output).not.toMatch(WHOLE_KEY);
  expect(commitCount(dir)).toBe(commitsBefore);

  // The change is not committed yet (the hook refused it): --force lets the codemod rewrite it.
  const migrated = run(codemod, ['env-keys', '--write', '--force'], { cwd: dir, env: GIT_ENV });
  expect(migrated.status, migrated.output).toBe(0);
  expect(readFileSync(path.join(dir, CLIENT_FILE), 'utf8')).toContain('apiKey: process.env.OPTIMOCMS_API_KEY!');
  expect(readFileSync(path.join(dir, '.env'), 'utf8')).toBe(`OPTIMOCMS_API_KEY=${LIVE_KEY}\n`);
  expect(run('git', ['check-ignore', '--quiet', '.env'], { cwd: dir }).status).toBe(0);

  git(dir, 'add', '--all');
  const accepted = commit(dir, env);
  expect(accepted.status, accepted.output).toBe(0);
  expect(commitCount(dir)).toBe(commitsBefore + 1);
  const committedFiles = git(dir, 'show', '--name-only', '--format=', 'HEAD').stdout.trim().split('\n').sort();
  expect(committedFiles).toEqual(['.env.example', '.gitignore', CLIENT_FILE]);
  expect(git(dir, 'show', 'HEAD').stdout).not.toMatch(WHOLE_KEY);
  return refused;
}
