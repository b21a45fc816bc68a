import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import type { FileOutcome } from './outcome.js';

export interface ReadOptions {
  maxFileSize: number;
  followSymlinks: boolean;
}

// O_NOFOLLOW makes open() itself refuse a symlink (ELOOP), so a file costs open, fstat, read, close and no lstat.
const NO_FOLLOW = constants.O_NOFOLLOW as number | undefined;
const NON_BLOCK = (constants.O_NONBLOCK as number | undefined) ?? 0;

function isSymlink(absolute: string | Buffer): boolean {
  try {
    return lstatSync(absolute).isSymbolicLink();
  } catch {
    return false;
  }
}

function failure(error: NodeJS.ErrnoException, absolute: string | Buffer, options: ReadOptions): Exclude<FileOutcome, { kind: 'scanned' }> {
  switch (error.code) {
    case 'ELOOP':
      // Without --follow-symlinks, ELOOP is O_NOFOLLOW saying "this is a symlink"; with it, a real loop.
      return options.followSymlinks ? { kind: 'skipped', reason: 'symlink', note: 'symbolic link loop, skipped' } : { kind: 'skipped', reason: 'symlink' };
    case 'ENOENT':
    case 'ENOTDIR':
      if (isSymlink(absolute)) return { kind: 'skipped', reason: 'symlink', note: 'broken symbolic link, skipped' };
      // Listed by git but deleted from the working tree since: nothing to scan.
      return { kind: 'absent' };
    case 'EISDIR':
      return { kind: 'absent' };
    case 'EACCES':
    case 'EPERM':
      return { kind: 'skipped', reason: 'unreadable', note: 'cannot read file: permission denied' };
    default:
      return { kind: 'skipped', reason: 'unreadable', note: `cannot read file (${error.code ?? error.message})` };
  }
}

export type ReadResult = { kind: 'read'; buffer: Buffer } | Exclude<FileOutcome, { kind: 'scanned' }>;

// One buffer reused for every file: allocating (and collecting) a fresh one per file cost more than the search itself.
let scratch = Buffer.allocUnsafeSlow(256 * 1024);

/**
 * Reads a whole file with as few system calls as Node allows (open, fstat,
 * read, close); never follows symlinks unless asked. A Buffer path reads
 * a name that is not valid UTF-8. The buffer returned is
 * only valid until the next call: scan it, do not keep it.
 */
export function readSourceFile(absolute: string | Buffer, options: ReadOptions): ReadResult {
  if (!options.followSymlinks && NO_FOLLOW === undefined && isSymlink(absolute)) return { kind: 'skipped', reason: 'symlink' };
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | NON_BLOCK | (options.followSymlinks ? 0 : (NO_FOLLOW ?? 0)));
  } catch (error) {
    return failure(error as NodeJS.ErrnoException, absolute, options);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: 'absent' };
    if (stat.size > options.maxFileSize) return { kind: 'skipped', reason: 'tooLarge' };
    if (stat.size > scratch.length) scratch = Buffer.allocUnsafeSlow(Math.max(stat.size, scratch.length * 2));
    let length = 0;
    // The size fstat gave: a file that shrinks meanwhile ends early; one that grows is read as it was.
    while (length < stat.size) {
      const read = readSync(fd, scratch, length, stat.size - length, null);
      if (read === 0) break;
      length += read;
    }
    return { kind: 'read', buffer: scratch.subarray(0, length) };
  } catch (error) {
    return failure(error as NodeJS.ErrnoException, absolute, options);
  } finally {
    closeSync(fd);
  }
}
