import { lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CliError } from './cli-error.js';
import { NotARepositoryError, runGit, runGitSync } from './git.js';

/** Where a listing is anchored: fingerprints, config globs and SARIF uris are relative to `dir`. */
export interface FileRoot {
  /** Absolute, symlinks resolved. */
  dir: string;
  /** Inside a git work tree (the repository's top level is `dir`). */
  git: boolean;
}

/** `a/b` from `dir` to `absolute`, `/` separators, `.` for `dir` itself. */
export function slashRelative(dir: string, absolute: string): string {
  const path = relative(dir, absolute);
  if (path === '') return '.';
  return sep === '/' ? path : path.split(sep).join('/');
}

/** True when `absolute` is `dir` or inside it. */
export function isInside(dir: string, absolute: string): boolean {
  const path = relative(dir, absolute);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * The absolute form of a path argument, its folders' symlinks resolved (the
 * last part is kept as named, so a symlinked file stays a symlink). With
 * `mustExist`, a one-line usage error when it does not exist; `--staged` and
 * `--history` take paths that may be gone from the working tree.
 */
export function resolveArgument(path: string, cwd: string, mustExist: boolean): string {
  const absolute = resolve(cwd, path);
  let directory: boolean;
  try {
    directory = lstatSync(absolute).isDirectory();
  } catch {
    if (mustExist) throw new CliError(`${path}: no such file or directory`, 'usage');
    return absolute;
  }
  try {
    return directory ? realpathSync(absolute) : resolve(realpathSync(dirname(absolute)), basename(absolute));
  } catch {
    return absolute;
  }
}

export function directoryOf(absolute: string): string {
  try {
    return statSync(absolute).isDirectory() ? absolute : dirname(absolute);
  } catch {
    return dirname(absolute);
  }
}

function topLevel(output: Buffer): string | undefined {
  const top = output.toString('utf8').trim();
  return top === '' ? undefined : realpathSync(top);
}

function outsideWorkTree(error: unknown): undefined {
  if (error instanceof NotARepositoryError) return undefined;
  throw error;
}

/**
 * The top level of the git work tree holding `dir`, or `undefined` outside
 * one. GitMissingError and GitRefusedError propagate: "git cannot run here"
 * is never read as "not a repository".
 */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  return runGit(['rev-parse', '--show-toplevel'], dir).then(topLevel, outsideWorkTree);
}

/** {@link gitTopLevel}, synchronously. */
export function gitTopLevelSync(dir: string): string | undefined {
  try {
    return topLevel(runGitSync(['rev-parse', '--show-toplevel'], dir).stdout);
  } catch (error) {
    return outsideWorkTree(error);
  }
}

/**
 * The root for path arguments: the git top level of the first one, else
 * `anchor` (default: the first one's folder). Every path must lie in the
 * same repository.
 */
export function findFileRoot(absolutePaths: readonly string[], cwd: string, useGit: boolean, anchor?: string): FileRoot {
  const first = absolutePaths[0] ?? cwd;
  const dir = directoryOf(first);
  const top = useGit ? gitTopLevelSync(dir) : undefined;
  if (top !== undefined) {
    const outside = absolutePaths.find((path) => !isInside(top, path));
    if (outside !== undefined) throw new CliError(`${slashRelative(cwd, outside)} is outside the git repository at ${slashRelative(cwd, top)}: run once per repository`, 'usage');
    return { dir: top, git: true };
  }
  return { dir: anchor ?? dir, git: false };
}
