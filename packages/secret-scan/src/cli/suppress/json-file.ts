import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { CliError, oneLine } from '../../cli-kit/cli-error.js';

/** Larger config or baseline files are refused: a JSON report of 100,000 findings is about 40 MB. */
export const MAX_JSON_FILE_SIZE = 64 * 1024 * 1024;

// O_NONBLOCK: opening a FIFO must not wait for a writer (a repository can make its config a link to one).
const NON_BLOCK = (constants.O_NONBLOCK as number | undefined) ?? 0;

function cannotRead(label: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  return new CliError(`${label}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (code ?? oneLine(error))})`);
}

/**
 * The bytes of a regular file of at most {@link MAX_JSON_FILE_SIZE}: a
 * device (`/dev/zero`), a FIFO or a socket is refused before any read, and
 * no more than the cap is ever read, so memory stays bounded.
 */
function readRegularFile(file: string, label: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | NON_BLOCK);
  } catch (error) {
    throw cannotRead(label, error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new CliError(`${label}: cannot read (is a folder)`);
    if (!stat.isFile()) throw new CliError(`${label}: not a regular file (a device, FIFO or socket is never read)`);
    if (stat.size > MAX_JSON_FILE_SIZE) throw new CliError(`${label}: larger than ${MAX_JSON_FILE_SIZE / 1024 / 1024} MiB, not read`);
    // One byte over the size fstat gave tells a file that grew meanwhile.
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > stat.size) throw new CliError(`${label}: changed while it was read`);
    return buffer.subarray(0, length);
  } catch (error) {
    throw error instanceof CliError ? error : cannotRead(label, error);
  } finally {
    closeSync(fd);
  }
}

/** Reads and parses a JSON file; `label` names it in the one-line error (`config .optimocms-scan.json`). */
export function readJsonFile(file: string, label: string): unknown {
  const text = readRegularFile(file, label).toString('utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new CliError(`${label}: invalid JSON (${oneLine(error)})`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
