import { StringDecoder } from 'node:string_decoder';
import { gitExit, spawnGit } from '../../cli-kit/git.js';
import { findKeyTokens, mayHoldKeyToken } from '../../engine/key-tokens.js';
import { keyIdOfSecret } from '../verify/key-id.js';

/** Where a key shows in pushed history: the oldest and newest commit that added it. */
export interface PushedSighting {
  first: { commit: string; authorDate: string };
  last: { commit: string; authorDate: string };
}

/**
 * For `--staged --inventory`: which of the keys about to be committed were
 * already added by a commit on a remote-tracking branch or a tag. Reads the
 * added lines of that history once (`git log -p`, newest first) and looks
 * only for the ids asked for. Runs only when a staged key was found.
 */
export async function findPushedKeys(ids: ReadonlySet<string>, dir: string): Promise<Map<string, PushedSighting>> {
  const found = new Map<string, PushedSighting>();
  if (ids.size === 0) return found;
  const args = ['log', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--format=%x00%H %aI', '--remotes', '--tags'];
  const child = spawnGit(args, dir);
  const exited = gitExit(child, args);
  exited.catch(() => undefined);
  const decoder = new StringDecoder('utf8');
  let commit = { commit: '', authorDate: '' };
  let partial = '';
  const onLine = (line: string) => {
    if (line.startsWith('\0')) {
      const [hash = '', authorDate = ''] = line.slice(1).split(' ');
      commit = { commit: hash, authorDate };
    } else if (line.startsWith('+') && !line.startsWith('+++ ') && mayHoldKeyToken(line)) {
      for (const token of findKeyTokens(line)) {
        const id = keyIdOfSecret(token.value);
        if (!ids.has(id)) continue;
        // Newest first: the first sighting is the last commit, every later one moves `first` back in time.
        const seen = found.get(id);
        found.set(id, { first: commit, last: seen?.last ?? commit });
      }
    }
  };
  for await (const chunk of child.stdout ?? []) {
    const lines = (partial + decoder.write(chunk as Buffer)).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  }
  onLine(partial + decoder.end());
  await exited;
  return found;
}
