import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { runGit, splitNul } from './git-command.js';
import { isExcludedPath } from './ignored-path.js';
import { slashRelative, type ScanRoot } from './scan-root.js';
import type { TreeFile } from './source-file.js';
import type { WalkOptions } from './walk-source.js';

function isRegularFile(absolute: string): boolean {
  try {
    return lstatSync(absolute).isFile();
  } catch {
    return false;
  }
}

/** Pathspecs relative to the repository top level; `.` for the top level itself. */
function pathspecs(root: ScanRoot, absolutePaths: readonly string[]): string[] {
  return absolutePaths.map((path) => slashRelative(root.dir, path));
}

/**
 * Files git would commit under the given paths: tracked plus untracked that
 * no ignore rule excludes (`git ls-files -co --exclude-standard`), read from
 * the working tree. With --no-ignore, the folders are walked as well and the
 * files git ignores are added with `committed: false`.
 */
export async function listTrackedFiles(root: ScanRoot, absolutePaths: readonly string[], options: WalkOptions): Promise<TreeFile[]> {
  const output = await runGit(['ls-files', '-co', '--exclude-standard', '-z', '--', ...pathspecs(root, absolutePaths)], root.dir);
  // Unmerged paths are listed once per stage: keep one.
  const listed = new Set(splitNul(output));
  const files: TreeFile[] = [];
  for (const path of listed) {
    if (!isExcludedPath(path, options.noIgnore)) files.push({ absolute: join(root.dir, path), path, committed: true });
  }
  // A file named on the command line is scanned even when git ignores it (as not committed): the user asked for it.
  for (const path of absolutePaths.map((absolute) => slashRelative(root.dir, absolute))) {
    if (!listed.has(path) && path !== '.' && isRegularFile(join(root.dir, path))) {
      listed.add(path);
      files.push({ absolute: join(root.dir, path), path, committed: false });
    }
  }
  if (options.noIgnore) {
    const { walkFiles } = await import('./walk-source.js');
    const seen = new Set(listed);
    for (const start of absolutePaths) {
      walkFiles(start, root.dir, options, (file) => {
        if (seen.has(file.path)) return;
        seen.add(file.path);
        files.push({ ...file, committed: false });
      });
    }
  }
  return files;
}
