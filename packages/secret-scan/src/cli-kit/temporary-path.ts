import { randomBytes } from 'node:crypto';
import { accessSync, constants, lstatSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

/**
 * The git directory of the work tree that holds `folder`, found as git
 * finds it: a `.git` folder, or a `.git` file that says `gitdir: <path>`
 * (worktrees, submodules); `undefined` outside any work tree, and inside a
 * git directory itself (git never looks there for files).
 */
export function gitDirectoryOf(folder: string): string | undefined {
  if (folder.split(sep).includes('.git')) return undefined;
  for (let at = folder; ; at = dirname(at)) {
    const dotGit = join(at, '.git');
    try {
      const stat = lstatSync(dotGit);
      if (stat.isDirectory()) return dotGit;
      if (stat.isFile()) {
        const pointer = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1];
        if (pointer !== undefined) return resolve(at, pointer.trim());
      }
    } catch {
      // No .git here: look further up.
    }
    if (dirname(at) === at) return undefined;
  }
}

function usable(gitDir: string, folder: string): boolean {
  try {
    accessSync(gitDir, constants.W_OK);
    // rename() cannot cross file systems.
    return statSync(gitDir).dev === statSync(folder).dev;
  } catch {
    return false;
  }
}

/** `<name>.<pid>-<random>.tmp`: starts with the target's name, so an ignore rule written for it by prefix covers it. */
export function besideTarget(target: string): string {
  return join(dirname(target), `${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Where the atomic write of `target` keeps its temporary file. Inside a git
 * work tree: in the repository's git directory (same file system, so the
 * rename stays atomic), where `git status` and `git add -A` never look, so a
 * temporary `.env` that a killed run leaves behind is never committed,
 * whatever the ignore rules say (`.env` does not cover `.env.123-ab.tmp`).
 * Elsewhere, or when the git directory is not on the same file system or not
 * writable: beside the target, {@link besideTarget}.
 */
export function temporaryPathFor(target: string): string {
  const folder = dirname(target);
  const gitDir = gitDirectoryOf(folder);
  if (gitDir === undefined || !usable(gitDir, folder)) return besideTarget(target);
  return join(gitDir, `optimocms-${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}
