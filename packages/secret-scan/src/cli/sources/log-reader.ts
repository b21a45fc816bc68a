import { Worker } from 'node:worker_threads';
import { CliError, oneLine } from '../../cli-kit/cli-error.js';
import { gitEndFailure, spawnGit, watchGit, type GitEnd } from '../../cli-kit/git.js';
import { LogUnitParser, type LogItem } from './log-units.js';

/** Items handed to the scan stage at a time, and what the commit count was after them. */
export interface LogBatch {
  items: LogItem[];
  commits: number;
}

/** What the reader worker is started with. */
export interface LogReaderData {
  dir: string;
  args: readonly string[];
  maxFileSize: number;
}

/** Worker → main: the items parsed since the last message (as JSON: they are plain data); the last one also says how git ended. */
export interface LogReaderMessage {
  items: string;
  commits: number;
  end?: GitEnd;
}

// Items per batch on the main thread: each batch is a turn through the async scan stage.
const BATCH = 256;

/**
 * `git log` (any arguments that print `-p --format=%x00%H %aI` output) read
 * into batches of history units. With more than one thread, git's output is
 * read and parsed on a worker, so that the pipe is drained while the main
 * thread scans: reading it here, git waits whenever the scan stage runs.
 */
export function readGitLog(dir: string, args: readonly string[], maxFileSize: number, threads: number): AsyncGenerator<LogBatch> {
  return threads > 1 ? readOnWorker({ dir, args, maxFileSize }) : readHere(dir, args, maxFileSize);
}

async function* readHere(dir: string, args: readonly string[], maxFileSize: number): AsyncGenerator<LogBatch> {
  const child = spawnGit(args, dir);
  const ended = watchGit(child);
  const parser = new LogUnitParser(maxFileSize);
  for await (const chunk of child.stdout ?? []) {
    parser.push(chunk as Buffer);
    if (parser.pending.items >= BATCH) yield { items: parser.take(), commits: parser.commits };
  }
  const failure = gitEndFailure(args, await ended);
  if (failure) throw failure;
  parser.end();
  yield { items: parser.take(), commits: parser.commits };
}

async function* readOnWorker(data: LogReaderData): AsyncGenerator<LogBatch> {
  const worker = new Worker(new URL('./log-reader-worker.js', import.meta.url), { workerData: data });
  const messages: LogReaderMessage[] = [];
  let failure: CliError | undefined;
  let wake: (() => void) | undefined;
  worker.on('message', (message: LogReaderMessage) => {
    messages.push(message);
    wake?.();
  });
  worker.on('error', (error) => {
    failure ??= new CliError(`git log reader failed: ${oneLine(error)}`);
    wake?.();
  });
  worker.on('exit', () => {
    failure ??= new CliError('git log reader stopped before git finished');
    wake?.();
  });
  try {
    // One request ahead: the worker gathers the next batch while this one is scanned.
    worker.postMessage('more');
    for (;;) {
      const message = messages.shift();
      if (message === undefined) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      const batch = { items: JSON.parse(message.items) as LogItem[], commits: message.commits };
      if (message.end === undefined) {
        worker.postMessage('more');
        yield batch;
        continue;
      }
      const ended = gitEndFailure(data.args, message.end);
      if (ended) throw ended;
      yield batch;
      return;
    }
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
