import { findFileRoot, type FileRoot } from '../../cli-kit/file-root.js';
import { GitMissingError } from '../../cli-kit/git.js';

/**
 * The root of an artefact scan (`--bundle`, `--pack`): the git top level of
 * the working directory, else the working directory. Build output and
 * packed files are read from disk, so git is only where paths are anchored.
 */
export function artefactRoot(absolutePaths: readonly string[], cwd: string): FileRoot {
  try {
    return findFileRoot([cwd, ...absolutePaths], cwd, true);
  } catch (error) {
    if (!(error instanceof GitMissingError)) throw error;
    return findFileRoot([cwd, ...absolutePaths], cwd, false);
  }
}
