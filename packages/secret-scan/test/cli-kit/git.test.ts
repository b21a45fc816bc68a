import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitMissingError, GitRefusedError, NotARepositoryError, gitTopLevel, runGit, runGitSync } from '../../src/cli-kit/index.js';
import { gitFailure } from '../../src/cli-kit/git.js';
import { createRepo, temporaryDirectory } from '../cli/helpers.js';

/**
 * Runs `body` while git believes another user owns every repository ("dubious
 * ownership"): git's own test switch, read by each git the runner spawns (it
 * passes the environment on), so no chown, no root.
 */
async function asIfOwnedByAnotherUser(body: () => Promise<void> | void): Promise<void> {
  const before = process.env['GIT_TEST_ASSUME_DIFFERENT_OWNER'];
  process.env['GIT_TEST_ASSUME_DIFFERENT_OWNER'] = '1';
  try {
    await body();
  } finally {
    if (before === undefined) delete process.env['GIT_TEST_ASSUME_DIFFERENT_OWNER'];
    else process.env['GIT_TEST_ASSUME_DIFFERENT_OWNER'] = before;
  }
}

describe('the git runner', () => {
  it('returns stdout, with the same options whatever the user config', async () => {
    const repo = createRepo();
    expect((await runGit(['rev-parse', '--is-inside-work-tree'], repo)).toString().trim()).toBe('true');
    expect(runGitSync(['rev-parse', '--is-inside-work-tree'], repo).stdout.toString().trim()).toBe('true');
  });

  it('outside a repository: NotARepositoryError, and gitTopLevel says undefined', async () => {
    const dir = temporaryDirectory();
    await expect(runGit(['rev-parse', '--show-toplevel'], dir)).rejects.toBeInstanceOf(NotARepositoryError);
    expect(() => runGitSync(['rev-parse', '--show-toplevel'], dir)).toThrow(NotARepositoryError);
    expect(await gitTopLevel(dir)).toBeUndefined();
  });

  it('git missing from PATH: GitMissingError, never "not a repository"', async () => {
    const repo = createRepo();
    const path = process.env['PATH'];
    process.env['PATH'] = temporaryDirectory();
    try {
      await expect(runGit(['status'], repo)).rejects.toBeInstanceOf(GitMissingError);
      expect(() => runGitSync(['status'], repo)).toThrow(GitMissingError);
      await expect(gitTopLevel(repo)).rejects.toBeInstanceOf(GitMissingError);
    } finally {
      process.env['PATH'] = path;
    }
  });

  it('a repository git refuses (dubious ownership): GitRefusedError, never "not a repository"', async () => {
    const repo = createRepo();
    mkdirSync(join(repo, 'src'));
    await asIfOwnedByAnotherUser(async () => {
      await expect(gitTopLevel(join(repo, 'src'))).rejects.toBeInstanceOf(GitRefusedError);
      await expect(gitTopLevel(repo)).rejects.toThrow(/^git rev-parse: detected dubious ownership in repository at /);
      expect(() => runGitSync(['ls-files'], repo)).toThrow(GitRefusedError);
    });
    // The switch was the only reason: the same repository is fine without it.
    expect(await gitTopLevel(repo)).toBeDefined();
  });

  it('an answer in the exit code is not a failure when asked for', () => {
    const repo = createRepo();
    expect(runGitSync(['check-ignore', '-q', '--', 'a.ts'], repo, { okStatus: [0, 1], literalPathspecs: false }).status).toBe(1);
    expect(() => runGitSync(['check-ignore', '-q', '--', 'a.ts'], repo)).toThrow(/pathspec magic not supported/);
  });

  it('classifies git messages', () => {
    expect(gitFailure(['status'], 'fatal: not a git repository (or any of the parent directories): .git\n')).toBeInstanceOf(NotARepositoryError);
    expect(gitFailure(['status'], "fatal: detected dubious ownership in repository at '/x'\n")).toBeInstanceOf(GitRefusedError);
    const other = gitFailure(['log'], "fatal: bad revision 'nope'\n");
    expect(other).not.toBeInstanceOf(NotARepositoryError);
    expect(other.message).toBe("git log: bad revision 'nope'");
  });
});
