import { readFileSync, readdirSync, statSync } from 'node:fs';

/** The reads the project resolver makes; tests wrap it to count them. */
export interface ProjectFileSystem {
  /** The file's text, or `undefined` when it does not exist (or is a folder). Other errors throw. */
  readText(path: string): string | undefined;
  /** The names in a folder ([] when it cannot be listed). */
  listNames(folder: string): string[];
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

export const NODE_FILE_SYSTEM: ProjectFileSystem = {
  readText(path) {
    try {
      // Most folders have no such file: a stat that returns nothing is several times cheaper than a failed open (measured: 1,399 folders of the bench corpus in 23-30 ms instead of 78-163 ms).
      if (!statSync(path, { throwIfNoEntry: false })?.isFile()) return undefined;
      return readFileSync(path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
  listNames(folder) {
    try {
      return readdirSync(folder);
    } catch {
      return [];
    }
  },
};
