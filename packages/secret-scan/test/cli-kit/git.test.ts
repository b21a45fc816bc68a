import { chownSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitMissingError, GitRefusedError, NotARepositoryError, gitTopLevel, runGit, runGitSync } from '../../src/cli-kit/index.js';
import { gitFailure } from '../../src/cli-kit/git.js';
import { createRepo, temporaryDirectory } from '../cli/helpers.js';

// A uid other than ours owns the repository: git then refuses it ("dubious ownership"). Needs root to chown.
const canChown = process.getuid?.() === 0;

function chownTree(dir: string, uid: number): void {
  chownSync(dir, uid, uid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) chownTree(path, uid);
    else chownSync(path, uid, uid);
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

  it.runIf(canChown)('a repository git refuses (dubious ownership): GitRefusedError, never "not a repository"', async () => {
    const repo = createRepo();
    mkdirSync(join(repo, 'src'));
    chownTree(repo, 65534);
    expect(statSync(repo).uid).toBe(65534);
    await expect(gitTopLevel(join(repo, 'src'))).rejects.toBeInstanceOf(GitRefusedError);
    await expect(gitTopLevel(repo)).rejects.toThrow(/^git rev-parse: detected dubious ownership in repository at /);
    expect(() => runGitSync(['ls-files'], repo)).toThrow(GitRefusedError);
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
