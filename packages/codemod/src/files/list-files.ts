import { lstatSync } from 'node:fs';
import { relative } from 'node:path';
import { CliError, listFiles as listProjectFiles, resolveArgument, slashRelative } from '@optimocms/secret-scan/cli-kit';

type Entry = 'file' | 'symlink' | 'other';

function entryKind(absolute: string): Entry {
  try {
    const stats = lstatSync(absolute);
    return stats.isFile() ? 'file' : stats.isSymbolicLink() ? 'symlink' : 'other';
  } catch {
    // Deleted since git listed it.
    return 'other';
  }
}

/** What the listing could not hand over, each said once (paths relative to `cwd`). */
export interface ListingProblems {
  /** A folder that could not be read: its files were not listed. */
  onUnreadableFolder?: (path: string, reason: string) => void;
  /** A file whose name is not valid UTF-8: the codemod cannot open it by name. */
  onUndecodableName?: (path: string) => void;
  /** A submodule or nested repository: its files belong to another repository, whose git the safety checks do not ask. */
  onNestedRepository?: (path: string) => void;
  /** A symbolic link (to a file or a folder, or dangling): not followed, so not in the list. */
  onSymbolicLink?: (path: string) => void;
}

/**
 * The files to look at under `paths` (relative to `cwd`), as `/`-separated
 * paths relative to `cwd`, sorted: exactly what `optimocms-scan` lists
 * (the shared listing of `@optimocms/secret-scan/cli-kit`: git's tracked and
 * untracked-not-ignored files, else a `.gitignore` walk; never `.git` or
 * `node_modules`; a file named explicitly even when ignored); folders that
 * could not be read go to `onUnreadableFolder`. Symbolic links
 * and files deleted since git listed them are left out: the codemod neither
 * follows nor rewrites links; each link goes to `onSymbolicLink`, so that
 * the run can say so.
 */
export function listFiles(cwd: string, paths: readonly string[], problems: ListingProblems = {}): string[] {
  const absolutePaths = (paths.length > 0 ? paths : ['.']).map((path) => {
    const absolute = resolveArgument(path, cwd, true);
    // .env, .env.example and .gitignore are written in the current folder: the paths must be inside it.
    if (relative(cwd, absolute).startsWith('..')) throw new CliError(`${path} is outside the current folder; run the codemod from the project root`, 'usage');
    return absolute;
  });
  const { files, unreadableFolders } = listProjectFiles(absolutePaths, cwd, {
    noIgnore: false,
    followSymlinks: false,
    anchor: cwd,
    // Loop notes and git's absence change nothing for the codemod (the safety checks ask git again); unreadable folders are passed on.
    notice: () => undefined,
    onGitMissing: () => undefined,
  });
  for (const { absolute, reason } of unreadableFolders) problems.onUnreadableFolder?.(slashRelative(cwd, absolute), reason);
  const nested = new Set<string>();
  const own = files.filter((file) => {
    if (file.repository !== undefined) nested.add(file.repository);
    else if (file.absoluteBytes !== undefined) problems.onUndecodableName?.(slashRelative(cwd, file.absolute));
    return file.repository === undefined && file.absoluteBytes === undefined;
  });
  for (const repository of [...nested].sort()) problems.onNestedRepository?.(repository);
  const regular = new Set<string>();
  const links = new Set<string>();
  for (const file of own) {
    const kind = entryKind(file.absolute);
    if (kind === 'file') regular.add(slashRelative(cwd, file.absolute));
    else if (kind === 'symlink') links.add(slashRelative(cwd, file.absolute));
  }
  for (const link of [...links].sort()) problems.onSymbolicLink?.(link);
  return [...regular].sort();
}
