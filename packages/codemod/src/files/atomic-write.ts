import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a file so that readers see the old or the new content, never half
 * of it: a temporary file in the same folder, then a rename. An existing
 * file keeps its permissions; a new one gets `mode` (default 0644).
 */
export function writeFileAtomic(path: string, content: string, mode?: number): void {
  let finalMode = mode ?? 0o644;
  if (mode === undefined) {
    try {
      finalMode = statSync(path).mode & 0o777;
    } catch {
      // A new file.
    }
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, content, { mode: finalMode, flag: 'wx' });
    // The umask may have narrowed the mode given to writeFileSync.
    chmodSync(temporary, finalMode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
