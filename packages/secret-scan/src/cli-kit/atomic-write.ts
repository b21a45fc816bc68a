import { accessSync, closeSync, constants, fchmodSync, fsyncSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './cli-error.js';
import { besideTarget, temporaryPathFor } from './temporary-path.js';

export interface AtomicWriteOptions {
  /** Mode of a file that does not exist yet (default: 0666 less the umask, as any new file). An existing file keeps its own. */
  mode?: number;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return code ?? 'write failed';
}

/** Where the bytes really go: a symlink is written through, to the file it points at (kept a symlink). */
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    // A dangling link: create the file it names. A new file: its folder may still be a symlink, which rename follows.
    try {
      if (lstatSync(file).isSymbolicLink()) return resolve(dirname(file), readlinkSync(file));
    } catch {
      // No such file: a new one.
    }
    return file;
  }
}

/** No write permission bit at all (root passes access checks, so the bits decide too), or no access for us. */
function isReadOnly(target: string, mode: number): boolean {
  if ((mode & 0o222) === 0) return true;
  try {
    accessSync(target, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/**
 * Throws the one-line {@link CliError} that {@link writeFileAtomic} would
 * throw for `file` before writing anything: read-only, a folder, or a folder
 * that does not exist or cannot be written. Callers that write several files
 * check them all first, so that a refusal never leaves half of them written.
 */
export function checkWritable(file: string): void {
  const target = realTarget(file);
  let stat;
  try {
    stat = statSync(target);
  } catch {
    // A new file: its folder must take it.
  }
  if (stat?.isDirectory()) throw new CliError(`cannot write ${file}: it is a folder`);
  if (stat !== undefined && isReadOnly(target, stat.mode & 0o7777)) throw new CliError(`cannot write ${file}: it is read-only`);
  try {
    accessSync(dirname(target), constants.W_OK);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${reason(error) === 'permission denied' ? 'its folder is read-only' : reason(error)}`);
  }
}

/**
 * Writes a file so that readers see the old or the new content, never half
 * of it: a temporary file, flushed, then one rename.
 *
 * - The temporary file never shows to git: inside a work tree it lives in
 *   the repository's git directory ({@link temporaryPathFor}); elsewhere it
 *   is `<name>.<pid>-<random>.tmp` beside the target. It is created with
 *   `wx` (never an existing file) and, when the final mode is known, mode
 *   0600 until that mode is set just before the rename, so a secret never
 *   sits in a readable temporary file; it is removed whenever the write fails.
 * - An existing file keeps its mode; a new one gets `options.mode`.
 * - A symlink is written through to its target (created if the link
 *   dangles), and stays a symlink.
 * - A read-only file is never replaced: a one-line error instead (rename
 *   would otherwise replace it silently whenever the folder is writable).
 *
 * Failures are one-line {@link CliError}s naming the file.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const target = realTarget(file);
  let existingMode: number | undefined;
  try {
    existingMode = statSync(target).mode & 0o7777;
  } catch {
    // A new file.
  }
  if (existingMode !== undefined && isReadOnly(target, existingMode)) throw new CliError(`cannot write ${file}: it is read-only`);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const finalMode = existingMode ?? options.mode;
  try {
    writeThrough(temporaryPathFor(target), target, bytes, finalMode);
  } catch (error) {
    // A bind mount shares the device number but not rename(): then beside the target, as outside git.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw new CliError(`cannot write ${file}: ${reason(error)}`);
    try {
      writeThrough(besideTarget(target), target, bytes, finalMode);
    } catch (retryError) {
      throw new CliError(`cannot write ${file}: ${reason(retryError)}`);
    }
  }
}

/** Temporary file, flush, rename; the temporary file is removed if any step fails. */
function writeThrough(temporary: string, target: string, bytes: Uint8Array, finalMode: number | undefined): void {
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', finalMode === undefined ? 0o666 : 0o600);
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    // Exactly the mode wanted, whatever the umask; a new file without a mode gets what a plain write gives.
    if (finalMode !== undefined) fchmodSync(fd, finalMode);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}
