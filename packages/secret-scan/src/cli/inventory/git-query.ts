import { runGit } from '../../cli-kit/git.js';

/**
 * Runs git and returns its stdout, streaming `input` in; exit 1 is an answer
 * for the commands that use it for "nothing found" (`git grep`).
 */
export async function gitQuery(args: readonly string[], cwd: string, options: { input?: string; nothingFound?: boolean } = {}): Promise<string> {
  return (await runGit(args, cwd, options.input ?? '', options.nothingFound ? [0, 1] : [0])).toString('utf8');
}
