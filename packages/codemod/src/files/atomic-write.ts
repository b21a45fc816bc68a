import { writeFileAtomic as writeAtomically } from '@optimocms/secret-scan/cli-kit';

/**
 * The shared atomic write of `@optimocms/secret-scan/cli-kit` (temporary file
 * in the git directory inside a work tree, else beside the target; one rename; mode kept; symlinks written through; a
 * read-only file refused), with the codemod's call shape: `mode` for a new file.
 */
export function writeFileAtomic(path: string, content: string, mode?: number): void {
  writeAtomically(path, content, mode === undefined ? {} : { mode });
}
