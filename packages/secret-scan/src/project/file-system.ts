import { readFileSync, readdirSync } from 'node:fs';

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
