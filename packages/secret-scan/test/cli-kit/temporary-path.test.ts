import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli-kit/index.js';
import { temporaryPathFor } from '../../src/cli-kit/temporary-path.js';
import { createRepo, git, temporaryDirectory } from '../cli/helpers.js';

/** What git would show or add: untracked files not ignored, in both forms users meet. */
function visibleToGit(repo: string): string[] {
  const status = git(repo, 'status', '--porcelain', '--ignored=no', '--untracked-files=all');
  const others = git(repo, 'ls-files', '-o', '--exclude-standard');
  return [...status.split('\n'), ...others.split('\n')].filter((line) => line !== '');
}

const NAME = fc.constantFrom('.env', '.env.local', '.env.production', 'report.json', 'optimocms.sarif', 'a b.ts');
const FOLDER = fc.constantFrom('', 'config', 'apps/web', '.config/deep');

describe('the temporary file of an atomic write is never visible to git', () => {
  it('inside a work tree whose ignore rule names only the target, the temporary file (while it exists) is neither untracked nor addable', () => {
    const repo = createRepo();
    fc.assert(
      fc.property(FOLDER, NAME, (folder, name) => {
        const target = join(repo, folder, name);
        mkdirSync(dirname(target), { recursive: true });
        // The exact name, as a user writes it for `.env`: `.env.<pid>-<hex>.tmp` would not be covered by it.
        writeFileSync(join(repo, '.gitignore'), `/${relative(repo, target)}\n`);
        git(repo, 'add', '.gitignore');
        git(repo, 'commit', '-q', '-m', 'ignore', '--allow-empty');
        const temporary = temporaryPathFor(target);
        writeFileSync(temporary, 'OPTIMOCMS_API_KEY=held while the write is under way\n');
        try {
          expect(visibleToGit(repo)).toEqual([]);
        } finally {
          rmSync(temporary);
        }
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('in a linked worktree (a .git file), too', () => {
    const repo = createRepo();
    writeFileSync(join(repo, 'a.ts'), 'export {};\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'one');
    const worktree = join(temporaryDirectory(), 'wt');
    git(repo, 'worktree', 'add', '-q', worktree);
    const temporary = temporaryPathFor(join(worktree, '.env'));
    writeFileSync(temporary, 'x\n');
    try {
      expect(visibleToGit(worktree)).toEqual([]);
      expect(temporary.startsWith(join(repo, '.git'))).toBe(true);
    } finally {
      rmSync(temporary);
    }
  });

  it('writeFileAtomic creates its temporary file in the git directory, and leaves nothing behind anywhere', async () => {
    const repo = createRepo();
    const created: string[] = [];
    const watcher = watch(join(repo, '.git'), (_event, name) => created.push(String(name)));
    writeFileAtomic(join(repo, '.env'), 'OPTIMOCMS_API_KEY=x\n');
    await new Promise((resolve) => setTimeout(resolve, 200));
    watcher.close();
    expect(created.some((name) => /^optimocms-\.env\.\d+-[0-9a-f]{8}\.tmp$/.test(name))).toBe(true);
    expect(readdirSync(repo).sort()).toEqual(['.env', '.git']);
    expect(readdirSync(join(repo, '.git')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('outside git, beside the target (named after it), and removed', () => {
    const dir = temporaryDirectory();
    expect(temporaryPathFor(join(dir, '.env'))).toMatch(new RegExp(`^${dir}/\\.env\\.\\d+-[0-9a-f]{8}\\.tmp$`));
    writeFileAtomic(join(dir, '.env'), 'x\n');
    expect(readdirSync(dir)).toEqual(['.env']);
    expect(spawnSync('git', ['-C', dir, 'rev-parse'], { encoding: 'utf8' }).status).not.toBe(0);
  });
});
