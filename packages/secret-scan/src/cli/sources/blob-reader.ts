import { gitExit, spawnGit } from '../../cli-kit/git.js';

export type BlobResult = { kind: 'blob'; content: Buffer } | { kind: 'tooLarge' } | { kind: 'missing' };

/**
 * Reads blobs with one `git cat-file --batch` process fed object ids, and
 * parses its stream (`<id> blob <size>\n<content>\n` per object) as it
 * arrives, so a blob over `maxSize` is counted and dropped, never held.
 */
export async function readBlobs(ids: readonly string[], cwd: string, maxSize: number): Promise<BlobResult[]> {
  if (ids.length === 0) return [];
  const args = ['cat-file', '--batch'];
  const child = spawnGit(args, cwd);
  const exited = gitExit(child, args);
  const results: BlobResult[] = [];
  let header = Buffer.alloc(0);
  let body: Buffer[] | undefined;
  let remaining = 0; // Bytes of the current object still to come, its trailing LF included.
  let keep = false;

  const finishObject = () => {
    const content = Buffer.concat(body ?? []);
    results.push(keep ? { kind: 'blob', content: content.subarray(0, content.length - 1) } : { kind: 'tooLarge' });
    body = undefined;
  };

  child.stdout?.on('data', (chunk: Buffer) => {
    let at = 0;
    while (at < chunk.length) {
      if (body === undefined) {
        const newline = chunk.indexOf(10, at);
        if (newline === -1) {
          header = Buffer.concat([header, chunk.subarray(at)]);
          return;
        }
        const line = Buffer.concat([header, chunk.subarray(at, newline)]).toString('utf8');
        header = Buffer.alloc(0);
        at = newline + 1;
        const [, type, size] = line.split(' ');
        if (type === 'missing' || size === undefined) {
          results.push({ kind: 'missing' });
          continue;
        }
        remaining = Number(size) + 1;
        keep = Number(size) <= maxSize;
        body = [];
      }
      const take = Math.min(remaining, chunk.length - at);
      if (keep) body.push(chunk.subarray(at, at + take));
      at += take;
      remaining -= take;
      if (remaining === 0) finishObject();
    }
  });
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(ids.map((id) => `${id}\n`).join(''));
  await exited;
  return results;
}
