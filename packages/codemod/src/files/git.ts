import { spawnSync } from 'node:child_process';

/** Runs git in `cwd`; `undefined` when git is missing or fails to start. */
function git(cwd: string, args: readonly string[]): { status: number; stdout: string } | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.error || result.status === null) return undefined;
  return { status: result.status, stdout: result.stdout };
}

/** True when `cwd` is inside a git work tree (and git is installed). */
export function isInsideWorkTree(cwd: string): boolean {
  const result = git(cwd, ['rev-parse', '--is-inside-work-tree']);
  return result?.status === 0 && result.stdout.trim() === 'true';
}

function nulSeparated(text: string): string[] {
  return text.split('\0').filter((entry) => entry !== '');
}

/**
 * Tracked and untracked-but-not-ignored files under `paths`, relative to
 * `cwd` (`git ls-files -co --exclude-standard`): what git would commit.
 */
export function listGitFiles(cwd: string, paths: readonly string[]): string[] {
  const result = git(cwd, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...paths]);
  if (result?.status !== 0) throw new Error(`git ls-files failed in ${cwd}`);
  return [...new Set(nulSeparated(result.stdout))];
}

/** True when git tracks `file` (relative to `cwd`). */
export function isTracked(cwd: string, file: string): boolean {
  return git(cwd, ['ls-files', '--error-unmatch', '--', file])?.status === 0;
}

/** True when git's ignore rules cover `file`, whether or not it exists. */
export function isIgnoredByGit(cwd: string, file: string): boolean {
  return git(cwd, ['check-ignore', '-q', '--no-index', '--', file])?.status === 0;
}

/**
 * The files among `files` with uncommitted changes (modified, staged, added,
 * deleted or untracked), as `git status --porcelain` reports them.
 */
export function uncommittedFiles(cwd: string, files: readonly string[]): string[] {
  if (files.length === 0) return [];
  const result = git(cwd, ['status', '--porcelain', '-z', '--untracked-files=all', '--', ...files]);
  if (result?.status !== 0) throw new Error(`git status failed in ${cwd}`);
  // Each entry is `XY path`; a rename is followed by its source path as a separate entry.
  const dirty: string[] = [];
  const entries = nulSeparated(result.stdout);
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as string;
    dirty.push(entry.slice(3));
    if (entry[0] === 'R' || entry[0] === 'C') index++;
  }
  return dirty;
}
