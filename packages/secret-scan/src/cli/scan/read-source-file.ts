import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { detectBom, looksBinary } from '../../cli-kit/decode-text.js';
import type { FileOutcome } from './outcome.js';

export interface ReadOptions {
  maxFileSize: number;
  followSymlinks: boolean;
}

// O_NOFOLLOW makes open() itself refuse a symlink (ELOOP), so a file costs open, read, close and no lstat.
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
    case 'EAGAIN':
      // A folder (a submodule), or a FIFO with a writer and nothing written: not content.
      return { kind: 'absent' };
    case 'EACCES':
    case 'EPERM':
      return { kind: 'skipped', reason: 'unreadable', note: 'cannot read file: permission denied' };
    default:
      return { kind: 'skipped', reason: 'unreadable', note: `cannot read file (${error.code ?? error.message})` };
  }
}

export type ReadResult = { kind: 'read'; buffer: Buffer } | Exclude<FileOutcome, { kind: 'scanned' }>;

// The first read's size: nearly every source file fits (99 % of installed packages' files are under 132 kB), and needs no fstat.
const FIRST_READ = 256 * 1024;
// One buffer reused for every file: allocating (and collecting) a fresh one per file cost more than the search itself.
let scratch = Buffer.allocUnsafeSlow(FIRST_READ);

function grow(keep: number, size: number): void {
  const bigger = Buffer.allocUnsafeSlow(size);
  scratch.copy(bigger, 0, 0, keep);
  scratch = bigger;
}

/** What the bytes read so far already decide, for a file too big for one read: its size, or a binary start. */
function checkLargeFile(fd: number, head: Buffer, options: ReadOptions): ReadResult | number {
  const stat = fstatSync(fd);
  if (!stat.isFile()) return { kind: 'absent' };
  if (stat.size > options.maxFileSize) return { kind: 'skipped', reason: 'tooLarge' };
  // The rest of a binary file (native modules, images, archives) is never read.
  const bom = detectBom(head);
  if ((bom === undefined || bom === 'utf8') && looksBinary(head)) return { kind: 'skipped', reason: 'binary' };
  return stat.size;
}

/**
 * Reads a whole file with as few system calls as Node allows: open, one
 * read, close for a file that fits the first read (a read shorter than asked
 * is the end of a regular file), and an fstat only for larger ones; never
 * follows symlinks unless asked. A Buffer path reads a name that is not
 * valid UTF-8. The buffer returned is only valid until the next call: scan
 * it, do not keep it.
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
    let length = readSync(fd, scratch, 0, FIRST_READ, null);
    if (length === FIRST_READ) {
      const size = checkLargeFile(fd, scratch.subarray(0, length), options);
      if (typeof size !== 'number') return size;
      // One byte more than the size: a file that grew meanwhile is read as fstat saw it.
      if (size + 1 > scratch.length) grow(length, Math.max(size + 1, scratch.length * 2));
      while (length < size) {
        const read = readSync(fd, scratch, length, size - length, null);
        if (read === 0) break;
        length += read;
      }
    } else if (length === 0 && !fstatSync(fd).isFile()) {
      // Nothing read: an empty file, or not a file at all (a FIFO without a writer).
      return { kind: 'absent' };
    }
    if (length > options.maxFileSize) return { kind: 'skipped', reason: 'tooLarge' };
    return { kind: 'read', buffer: scratch.subarray(0, length) };
  } catch (error) {
    return failure(error as NodeJS.ErrnoException, absolute, options);
  } finally {
    closeSync(fd);
  }
}
