import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A file of a build folder: where to read it and the path it is shown under (below the folder as named, even through a symlink). */
export interface BundleFile {
  absolute: string;
  /** Absolute path as named: under the folder the user (or the framework model) named. */
  shown: string;
}

export interface BundleWalk {
  files: BundleFile[];
  /** Symbolic links inside the folder that were not followed, as shown paths. */
  symlinks: string[];
  /** Folders that could not be read, with why. */
  unreadable: { shown: string; reason: string }[];
}

/**
 * Every file below a build folder: .gitignore does not apply (build output
 * is usually ignored, and it is what ships). The folder itself may be a
 * symlink (deploy tools link `dist` to a release folder): it is followed.
 * Links inside it are followed only with `followSymlinks`, and never into a
 * folder already walked, so a loop ends. `include` filters by the path
 * relative to `base`.
 */
export function walkBundleFolder(folder: string, followSymlinks: boolean, include?: (absoluteShown: string) => boolean): BundleWalk {
  const walk: BundleWalk = { files: [], symlinks: [], unreadable: [] };
  const seen = new Set<string>();
  const visit = (real: string, shown: string) => {
    let key: string;
    try {
      key = realpathSync(real);
    } catch {
      key = real;
    }
    if (seen.has(key)) return;
    seen.add(key);
    let entries;
    try {
      entries = readdirSync(real, { withFileTypes: true });
    } catch (error) {
      walk.unreadable.push({ shown, reason: (error as NodeJS.ErrnoException).code ?? 'unreadable' });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const entryReal = join(real, entry.name);
      const entryShown = join(shown, entry.name);
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        if (!followSymlinks) {
          if (include === undefined || include(entryShown)) walk.symlinks.push(entryShown);
          continue;
        }
        try {
          isDirectory = statSync(entryReal).isDirectory();
        } catch {
          walk.symlinks.push(entryShown);
          continue;
        }
      } else if (!isDirectory && !entry.isFile()) continue;
      if (isDirectory) visit(entryReal, entryShown);
      else if (include === undefined || include(entryShown)) walk.files.push({ absolute: entryReal, shown: entryShown });
    }
  };
  visit(folder, folder);
  return walk;
}

/** What a named build path is: a folder (maybe through a symlink), a file, or missing. */
export function bundlePathKind(absolute: string): { kind: 'folder' | 'file' | 'missing' | 'other'; symlink: boolean } {
  let symlink = false;
  try {
    symlink = lstatSync(absolute).isSymbolicLink();
    const stat = statSync(absolute);
    return { kind: stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other', symlink };
  } catch {
    return { kind: 'missing', symlink };
  }
}
