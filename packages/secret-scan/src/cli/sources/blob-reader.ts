import type { ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { gitExit, spawnGit } from '../../cli-kit/git.js';

export type BlobResult = { kind: 'blob'; content: Buffer } | { kind: 'tooLarge' } | { kind: 'missing' };

/** A `git cat-file --batch` process started before the ids are known. */
export interface BlobReader {
  child: ChildProcess;
  exited: Promise<void>;
  /** Ends the process unused. */
  close(): void;
  /** Lets the process (and its pipes) keep the run alive while blobs are read. */
  use(): void;
}

/**
 * Starts `git cat-file --batch` in any folder of the repository, so that
 * its start overlaps the query for what to read (on the pre-commit path,
 * one git start less to wait for). Unused, it ends when closed.
 */
export function startBlobReader(cwd: string): BlobReader {
  const args = ['cat-file', '--batch'];
  const child = spawnGit(args, cwd);
  const exited = gitExit(child, args);
  // Awaited by readBlobs; a reader closed unused (not a repository) must not become an unhandled rejection.
  exited.catch(() => undefined);
  // A broken pipe when git exits early is reported through the exit, not here.
  child.stdin?.on('error', () => undefined);
  // Unreferenced until used: a run that fails before reading (a bad config) still exits, closing git's input.
  // spawn's pipes are sockets, which can be unreferenced like the process itself.
  const handles = [child, ...[child.stdin, child.stdout, child.stderr].map((pipe) => pipe as Socket | null)];
  for (const handle of handles) handle?.unref();
  return { child, exited, close: () => child.stdin?.end(), use: () => handles.forEach((handle) => handle?.ref()) };
}

/**
 * Reads blobs with one `git cat-file --batch` process (`reader`, or one
 * started now in `cwd`) fed object ids, and
 * parses its stream (`<id> blob <size>\n<content>\n` per object) as it
 * arrives, so a blob over `maxSize` is counted and dropped, never held.
 */
export async function readBlobs(ids: readonly string[], cwd: string, maxSize: number, reader?: BlobReader): Promise<BlobResult[]> {
  if (ids.length === 0) {
    reader?.close();
    return [];
  }
  const { child, exited, use } = reader ?? startBlobReader(cwd);
  use();
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
  child.stdin?.end(ids.map((id) => `${id}\n`).join(''));
  await exited;
  return results;
}
