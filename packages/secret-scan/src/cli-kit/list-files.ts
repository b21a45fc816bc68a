import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { splitNulBytes } from './byte-name.js';
import { isExcludedPath } from './excluded-path.js';
import { findFileRoot, isInside, slashRelative, type FileRoot } from './file-root.js';
import { GitMissingError, runGitSync } from './git.js';
import type { ListedFile } from './listed-file.js';
import { walkFiles, type WalkOptions } from './walk.js';

export interface ListOptions extends WalkOptions {
  /** The root outside git (default: the first path's folder); `.gitignore` files from there down apply. */
  anchor?: string;
  /** Told once when git is not installed and the listing falls back to a walk. */
  onGitMissing: (message: string) => void;
}

/** A folder the listing could not read: the files below it are missing from the listing. */
export interface UnreadableFolder {
  absolute: string;
  /** `EACCES`, git's `Permission denied`, … */
  reason: string;
}

export interface FileListing {
  root: FileRoot;
  files: ListedFile[];
  /** Folders that could not be read, by the walk or by git: a scan of the listing is incomplete. */
  unreadableFolders: UnreadableFolder[];
}

// git lists what it can and exits 0, saying on stderr what it could not open.
const GIT_UNREADABLE = /^warning: could not open directory '(.*)': (.*)$/gm;

function isRegularFile(absolute: string): boolean {
  try {
    return lstatSync(absolute).isFile();
  } catch {
    return false;
  }
}

/** Gitlinks (mode 160000): submodules, whose files git lists in their own repository. Asked only when `.gitmodules` says there are some. */
function gitlinks(root: FileRoot): Set<string> {
  // At the root, whatever paths were named: `optimocms-scan vendor` does not list .gitmodules.
  if (!existsSync(join(root.dir, '.gitmodules'))) return new Set();
  const { stdout } = runGitSync(['ls-files', '-s', '-z'], root.dir);
  return new Set(splitNulBytes(stdout).filter(({ text }) => text.startsWith('160000 ')).map(({ text }) => text.slice(text.indexOf('\t') + 1)));
}

/** A submodule or a nested repository: listed by its own git, its paths under `relative`. */
function listNestedRepository(root: FileRoot, relative: string, options: WalkOptions, unreadable: UnreadableFolder[]): ListedFile[] {
  const dir = join(root.dir, relative);
  // Without its own .git, git would answer for the outer repository: a submodule not checked out has nothing on disk.
  if (!existsSync(join(dir, '.git'))) {
    options.notice(dir, 'submodule not checked out: nothing on disk to scan');
    return [];
  }
  return listGitFiles({ dir, git: true }, [dir], options, unreadable).map((file) => ({ ...file, path: `${relative}/${file.path}`, repository: file.repository === undefined ? relative : `${relative}/${file.repository}` }));
}

/**
 * With --follow-symlinks, a tracked symlink to a folder is walked: git
 * lists only the link. A folder inside the repository is listed already
 * under its own path, so only links that lead out of it are followed.
 */
function followLinkedFolder(root: FileRoot, file: ListedFile, options: WalkOptions, add: (file: ListedFile) => void): boolean {
  let real: string;
  try {
    if (!lstatSync(file.absolute).isSymbolicLink() || !statSync(file.absolute).isDirectory()) return false;
    real = realpathSync(file.absolute);
  } catch {
    return false;
  }
  if (isInside(root.dir, real)) options.notice(file.absolute, 'links to a folder inside the repository, scanned under its own path');
  else walkFiles(file.absolute, root.dir, options, (found) => add({ ...found, committed: false }));
  return true;
}

/**
 * Files git would commit under the given paths: tracked plus untracked that
 * no ignore rule excludes (`git ls-files -co --exclude-standard`), with
 * submodules and nested repositories listed by their own git, names that
 * are not UTF-8 kept as bytes, and, with --follow-symlinks, linked folders
 * walked. With `noIgnore`, the folders are walked as well and the files git
 * ignores are added with `committed: false`.
 */
function listGitFiles(root: FileRoot, absolutePaths: readonly string[], options: WalkOptions, unreadable: UnreadableFolder[]): ListedFile[] {
  const { stdout: output, stderr } = runGitSync(['ls-files', '-co', '--exclude-standard', '-z', '--', ...absolutePaths.map((path) => slashRelative(root.dir, path))], root.dir);
  for (const [, path, reason] of stderr.matchAll(GIT_UNREADABLE)) unreadable.push({ absolute: join(root.dir, (path as string).replace(/\/$/, '')), reason: (reason as string).toLowerCase() });
  // Unmerged paths are listed once per stage: keep one.
  const entries = new Map(splitNulBytes(output).map((entry) => [entry.text, entry.bytes]));
  const listed = new Set(entries.keys());
  const submodules = gitlinks(root);
  const files: ListedFile[] = [];
  const add = (file: ListedFile) => files.push(file);
  for (const [path, bytes] of entries) {
    if (isExcludedPath(path, options.noIgnore)) continue;
    // `nested/`: an untracked folder that holds a repository of its own.
    if (path.endsWith('/') || submodules.has(path)) {
      files.push(...listNestedRepository(root, path.replace(/\/$/, ''), options, unreadable));
      continue;
    }
    const file: ListedFile = { absolute: join(root.dir, path), path, committed: true, ...(bytes === undefined ? {} : { absoluteBytes: Buffer.concat([Buffer.from(`${root.dir}${sep}`), bytes]) }) };
    if (options.followSymlinks && bytes === undefined && followLinkedFolder(root, file, options, add)) continue;
    files.push(file);
  }
  // A file named on the command line is listed even when git ignores it (as not committed): the user asked for it.
  for (const path of absolutePaths.map((absolute) => slashRelative(root.dir, absolute))) {
    if (!listed.has(path) && path !== '.' && isRegularFile(join(root.dir, path))) {
      listed.add(path);
      files.push({ absolute: join(root.dir, path), path, committed: false });
    }
  }
  if (options.noIgnore) {
    for (const start of absolutePaths) {
      walkFiles(start, root.dir, options, (file) => {
        if (listed.has(file.path)) return;
        listed.add(file.path);
        files.push({ ...file, committed: false });
      });
    }
  }
  return files;
}

/**
 * The one file listing of every OptimoCMS CLI: inside a git work tree, what
 * git would commit (`git ls-files -co --exclude-standard`); elsewhere, or
 * when git is not installed (said through `onGitMissing`), a walk
 * that honours `.gitignore` files. `.git` and `node_modules` are never
 * listed (`node_modules` is with `noIgnore`); a file named explicitly is,
 * even when ignored. git refusing the repository ("dubious ownership") is
 * an error, never "outside git". Paths must exist (resolve them with
 * `resolveArgument`). Synchronous: it is the first thing a run does, and the
 * codemod's callers are synchronous.
 */
export function listFiles(absolutePaths: readonly string[], cwd: string, options: ListOptions): FileListing {
  let root: FileRoot;
  try {
    root = findFileRoot(absolutePaths, cwd, true, options.anchor);
  } catch (error) {
    if (!(error instanceof GitMissingError)) throw error;
    options.onGitMissing('not found on PATH: walking the folders and honouring .gitignore files instead');
    root = findFileRoot(absolutePaths, cwd, false, options.anchor);
  }
  const unreadableFolders: UnreadableFolder[] = [];
  const walkOptions: WalkOptions = { ...options, onUnreadableFolder: (absolute, reason) => unreadableFolders.push({ absolute, reason }) };
  if (root.git) return { root, files: listGitFiles(root, absolutePaths, walkOptions, unreadableFolders), unreadableFolders };
  const files = new Map<string, ListedFile>();
  for (const start of absolutePaths) walkFiles(start, root.dir, walkOptions, (file) => files.set(file.path, file));
  return { root, files: [...files.values()], unreadableFolders };
}
