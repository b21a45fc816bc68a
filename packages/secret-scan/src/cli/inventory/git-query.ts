import { gitExit, spawnGit } from '../../cli-kit/git.js';

/**
 * Runs git and returns its stdout, streaming `input` in; exit 1 is an answer
 * for the commands that use it for "nothing found" (`git grep`).
 */
export async function gitQuery(args: readonly string[], cwd: string, options: { input?: string; nothingFound?: boolean } = {}): Promise<string> {
  const child = spawnGit(args, cwd);
  const exited = gitExit(child, args);
  exited.catch(() => undefined);
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(options.input ?? '');
  const chunks: Buffer[] = [];
  for await (const chunk of child.stdout ?? []) chunks.push(chunk as Buffer);
  const status = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('close', resolve)));
  if (options.nothingFound && status === 1) return '';
  await exited;
  return Buffer.concat(chunks).toString('utf8');
}
