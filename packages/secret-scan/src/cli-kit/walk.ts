import { isUtf8 } from 'node:buffer';
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import type ignoreFactory from 'ignore';
import type { Ignore } from 'ignore';
import { nameFromBytes } from './byte-name.js';
import { isExcludedName } from './excluded-path.js';
import { isInside, slashRelative } from './file-root.js';
import type { ListedFile } from './listed-file.js';

export interface WalkOptions {
  /** Scan what .gitignore files exclude too (never `.git`). */
  noIgnore: boolean;
  followSymlinks: boolean;
  /** A note for the user about an absolute path (a symlink loop that was not followed, a folder it cannot read). */
  notice: (path: string, message: string) => void;
  /** Told of a folder that could not be read (instead of `notice`): what is below it was not listed. */
  onUnreadableFolder?: (path: string, reason: string) => void;
  /** Told of a symbolic link not followed (no `followSymlinks`, or broken) instead of listing it as a file for the reader to skip. */
  onSymlink?: (absolute: string, path: string) => void;
}

/** The .gitignore rules of one folder, with that folder's root-relative path. */
interface IgnoreLevel {
  base: string;
  rules: Ignore;
}

// Loaded on the first .gitignore only (installed packages have none), and through require: importing a
// CommonJS module from ESM runs Node's export lexer over it, which cost more than the whole walk.
let ignore: typeof ignoreFactory | undefined;

function readGitignore(dir: string): Ignore | undefined {
  try {
    const text = readFileSync(join(dir, '.gitignore'), 'utf8');
    ignore ??= createRequire(import.meta.url)('ignore') as typeof ignoreFactory;
    return ignore().add(text);
  } catch {
    return undefined;
  }
}

/** Later (deeper) files override earlier ones, as in git: a `!pattern` re-includes. */
function isIgnored(levels: readonly IgnoreLevel[], path: string, directory: boolean): boolean {
  let ignored = false;
  for (const level of levels) {
    const relative = level.base === '' ? path : path.slice(level.base.length + 1);
    const result = level.rules.test(directory ? `${relative}/` : relative);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/** The .gitignore files between the root and `start` apply below `start` too, as in git. */
function inheritedLevels(root: string, start: string): IgnoreLevel[] {
  const levels: IgnoreLevel[] = [];
  const relative = slashRelative(root, start);
  if (relative === '.' || !isInside(root, start)) return levels;
  const segments = relative.split('/');
  for (let depth = 0; depth < segments.length; depth++) {
    const base = segments.slice(0, depth).join('/');
    const rules = readGitignore(base === '' ? root : join(root, base));
    if (rules) levels.push({ base, rules });
  }
  return levels;
}

/**
 * The entries whose names are valid UTF-8; each other one is listed here
 * from its bytes (a file), or named as a folder that cannot be walked.
 */
function withByteNames(dir: string, base: string, entries: Dirent[], options: WalkOptions, onFile: (file: ListedFile) => void): Dirent[] {
  let raw: Buffer[];
  try {
    raw = readdirSync(dir, { encoding: 'buffer' });
  } catch {
    return entries;
  }
  const valid = new Set(raw.filter((name) => isUtf8(name)).map((name) => name.toString('utf8')));
  for (const name of raw.filter((bytes) => !isUtf8(bytes))) {
    const shown = nameFromBytes(name);
    const absoluteBytes = Buffer.concat([Buffer.from(`${dir}${sep}`), name]);
    let directory = false;
    try {
      directory = lstatSync(absoluteBytes).isDirectory();
    } catch {
      // Gone meanwhile: the reader says so.
    }
    if (directory) options.onUnreadableFolder?.(join(dir, shown), 'name not valid UTF-8');
    else onFile({ absolute: join(dir, shown), absoluteBytes, path: base === '.' ? shown : `${base}/${shown}`, committed: true });
  }
  return entries.filter((entry) => valid.has(entry.name));
}

/**
 * Walks folders outside git (or everything with --no-ignore), honouring
 * .gitignore files from `root` down, never entering `.git` (nor
 * `node_modules` unless --no-ignore). Directory symlinks are followed only
 * with --follow-symlinks, and then never twice into the same real folder, so
 * loops end.
 */
export function walkFiles(start: string, root: string, options: WalkOptions, onFile: (file: ListedFile) => void): void {
  const visited = new Set<string>();
  // `base`: the folder's root-relative path, handed down rather than worked out again per folder.
  const walk = (dir: string, base: string, levels: readonly IgnoreLevel[], parentIgnored: boolean, parentReal?: string) => {
    // Only --follow-symlinks enters linked folders, so only then can a folder come twice or loop:
    // without it no realpath per folder (the JS realpath costs an lstat per path segment).
    let real: string | undefined;
    if (options.followSymlinks) {
      try {
        real = realpathSync.native(dir);
      } catch {
        return;
      }
      if (visited.has(real)) {
        const loop = parentReal !== undefined && isInside(real, parentReal);
        options.notice(dir, loop ? 'symbolic link loop, not followed' : 'links to a folder scanned already, not followed');
        return;
      }
      visited.add(real);
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'error';
      if (options.onUnreadableFolder) options.onUnreadableFolder(dir, reason);
      else options.notice(dir, `cannot read folder (${reason})`);
      return;
    }
    // Names that are not UTF-8 come back with U+FFFD and could not be opened: taken from their bytes instead.
    if (entries.some((entry) => entry.name.includes('\uFFFD'))) entries = withByteNames(dir, base, entries, options, onFile);
    const rules = entries.some((entry) => entry.name === '.gitignore' && entry.isFile()) ? readGitignore(dir) : undefined;
    const here = rules ? [...levels, { base: base === '.' ? '' : base, rules }] : levels;
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    // Real folders before symlinked ones, so a folder reachable both ways is reported under its real path.
    const linkedFolders: [string, string, boolean][] = [];
    for (const entry of entries) {
      if (isExcludedName(entry.name, options.noIgnore)) continue;
      const absolute = prefix + entry.name;
      const path = base === '.' ? entry.name : `${base}/${entry.name}`;
      let directory = entry.isDirectory();
      let unfollowed = entry.isSymbolicLink() && !options.followSymlinks;
      if (entry.isSymbolicLink() && options.followSymlinks) {
        try {
          directory = statSync(absolute).isDirectory();
        } catch {
          // Broken or looping: the reader reports it as a skipped symlink.
          unfollowed = true;
        }
      }
      const ignored = parentIgnored || (here.length > 0 && isIgnored(here, path, directory));
      if (ignored && !options.noIgnore) continue;
      if (unfollowed && options.onSymlink) options.onSymlink(absolute, path);
      else if (directory && entry.isSymbolicLink()) linkedFolders.push([absolute, path, ignored]);
      else if (directory) walk(absolute, path, here, ignored, real);
      else if (entry.isFile() || entry.isSymbolicLink()) onFile({ absolute, path, committed: !ignored });
    }
    for (const [absolute, path, ignored] of linkedFolders) walk(absolute, path, here, ignored, real);
  };
  let directory = false;
  try {
    directory = statSync(start).isDirectory();
  } catch {
    // A broken symlink named on the command line: let the reader say so.
  }
  if (directory) {
    const levels = inheritedLevels(root, start);
    walk(start, slashRelative(root, start), levels, false);
  }
  else onFile({ absolute: start, path: slashRelative(root, start), committed: true });
}
