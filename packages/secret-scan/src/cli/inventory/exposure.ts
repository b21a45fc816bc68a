import { gitQuery } from './git-query.js';

/** Where shared history lives: what another clone can have. */
const PUSHED_REFS = ['--remotes', '--tags'] as const;

/**
 * Of `commits`, those not reachable from any remote-tracking branch or tag:
 * one `git rev-list`, which walks only the commits not yet pushed.
 */
export async function unpushedCommits(commits: ReadonlySet<string>, dir: string): Promise<Set<string>> {
  if (commits.size === 0) return new Set();
  const output = await gitQuery(['rev-list', '--stdin', '--not', ...PUSHED_REFS], dir, { input: `${[...commits].join('\n')}\n` });
  return new Set(output.split('\n').filter((line) => commits.has(line)));
}

// Enough for a ticket to say where the key went; `git for-each-ref --contains` lists them all.
const REFS_SHOWN = 3;
// One query per distinct commit; past this many keys the refs are left out rather than slowing the run.
const REF_QUERIES = 50;

/** The remote-tracking branches and tags that contain each commit (short names, a few each). */
export async function refsContaining(commits: readonly string[], dir: string): Promise<Map<string, string[]>> {
  const refs = new Map<string, string[]>();
  for (const commit of commits.slice(0, REF_QUERIES)) {
    const output = await gitQuery(['for-each-ref', `--contains=${commit}`, '--format=%(refname:short)', `--count=${REFS_SHOWN}`, 'refs/remotes', 'refs/tags'], dir);
    refs.set(commit, output.split('\n').filter((line) => line !== '' && !line.endsWith('/HEAD')));
  }
  return refs;
}
