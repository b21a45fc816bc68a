import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CliError, GitMissingError, NotARepositoryError, runGitSync, splitNul } from '@optimocms/secret-scan/cli-kit';

// The codemod's questions to git, asked through the shared runner: git missing or refusing the repository is an error, never "outside git".

/** A `.git` folder or file in `dir` or above it: a repository, whether or not git can be run. */
function hasGitDirectoryAbove(dir: string): boolean {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return true;
    if (dirname(at) === at) return false;
  }
}

/**
 * True when `cwd` is inside a git work tree. Without git on PATH: false
 * outside any repository, but an error inside one, since whether `.env` is
 * tracked cannot be checked then. git refusing the repository ("dubious
 * ownership") is an error too: a tracked `.env` must never pass for an
 * untracked one.
 */
export function isInsideWorkTree(cwd: string): boolean {
  try {
    return runGitSync(['rev-parse', '--is-inside-work-tree'], cwd).stdout.toString('utf8').trim() === 'true';
  } catch (error) {
    if (error instanceof NotARepositoryError) return false;
    if (error instanceof GitMissingError && !hasGitDirectoryAbove(cwd)) return false;
    if (error instanceof GitMissingError) throw new CliError('git was not found on PATH, and this folder is in a git repository: install git, so that the codemod can check what git tracks before it writes');
    throw error;
  }
}

/** True when git tracks `file` (relative to `cwd`). */
export function isTracked(cwd: string, file: string): boolean {
  return runGitSync(['ls-files', '--error-unmatch', '--', file], cwd, { okStatus: [0, 1] }).status === 0;
}

/** True when git's ignore rules cover `file`, whether or not it exists. */
export function isIgnoredByGit(cwd: string, file: string): boolean {
  // check-ignore refuses --literal-pathspecs; its paths are matched against ignore rules, not expanded as globs.
  return runGitSync(['check-ignore', '-q', '--no-index', '--', file], cwd, { okStatus: [0, 1], literalPathspecs: false }).status === 0;
}

/**
 * The files among `files` with uncommitted changes (modified, staged, added,
 * deleted or untracked), as `git status --porcelain` reports them.
 */
export function uncommittedFiles(cwd: string, files: readonly string[]): string[] {
  if (files.length === 0) return [];
  const entries = splitNul(runGitSync(['status', '--porcelain', '-z', '--untracked-files=all', '--', ...files], cwd).stdout);
  // Each entry is `XY path`; a rename is followed by its source path as a separate entry.
  const dirty: string[] = [];
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as string;
    dirty.push(entry.slice(3));
    if (entry[0] === 'R' || entry[0] === 'C') index++;
  }
  return dirty;
}
