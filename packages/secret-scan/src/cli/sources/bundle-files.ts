import { lstatSync, statSync } from 'node:fs';
import { walkFiles } from '../../cli-kit/walk.js';

/** A file of a build folder: where to read it and the path it is shown under (below the folder as named, even through a symlink). */
export interface BundleFile {
  absolute: string;
  /** Absolute path as named: under the folder the user (or the framework model) named. */
  shown: string;
  /** The absolute path's bytes, when the name is not valid UTF-8 (`absolute` and `shown` then show such bytes as `\xNN`): read with these. */
  absoluteBytes?: Buffer;
}

export interface BundleWalk {
  files: BundleFile[];
  /** Symbolic links inside the folder that were not followed, as shown paths. */
  symlinks: string[];
  /** Folders that could not be read, with why. */
  unreadable: { shown: string; reason: string }[];
  /** Notes for the user (a symlink loop, a folder reached twice through links, not walked again), as shown paths. */
  notes: { shown: string; message: string }[];
}

/**
 * Every file below a build folder, listed by cli-kit's walker (the one file
 * listing of the CLIs). The folder itself may be a symlink (deploy tools
 * link `dist` to a release folder): it is followed, and paths stay under
 * the folder as named. Links inside it are followed only with
 * `followSymlinks`, and never into a folder already walked, so a loop ends.
 * `include` filters files and unfollowed links by their shown path.
 */
export function walkBundleFolder(folder: string, followSymlinks: boolean, include?: (absoluteShown: string) => boolean): BundleWalk {
  const walk: BundleWalk = { files: [], symlinks: [], unreadable: [], notes: [] };
  const wanted = (shown: string) => include === undefined || include(shown);
  walkFiles(
    folder,
    folder,
    {
      // Ignore rules off (build output is usually git-ignored, and it is what ships), so node_modules in the folder is walked too (it ships with it); `.git` never is.
      noIgnore: true,
      followSymlinks,
      notice: (shown, message) => walk.notes.push({ shown, message }),
      onUnreadableFolder: (shown, reason) => walk.unreadable.push({ shown, reason }),
      onSymlink: (shown) => {
        if (wanted(shown)) walk.symlinks.push(shown);
      },
    },
    (file) => {
      if (!wanted(file.absolute)) return;
      walk.files.push({ absolute: file.absolute, shown: file.absolute, ...(file.absoluteBytes === undefined ? {} : { absoluteBytes: file.absoluteBytes }) });
    },
  );
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
