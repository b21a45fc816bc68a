// The reader worker of `--history`: runs git log, keeps its pipe drained, and parses its output into
// units while the main thread scans the previous batch (see readGitLog).
import { parentPort, workerData } from 'node:worker_threads';
import { spawnGit, watchGit, type GitEnd } from '../../cli-kit/git.js';
import type { LogReaderData, LogReaderMessage } from './log-reader.js';
import { LogUnitParser } from './log-units.js';

// Items sent at a time (or fewer at the end, or when they hold much text): a message costs tens of
// microseconds, a message per pipe read (4 KiB) would cost the worker more than parsing.
const BATCH_ITEMS = 512;
const BATCH_CHARS = 1024 * 1024;
// What may wait for the main thread before git is paused: memory stays bounded when scanning is the slower side.
const MAX_ITEMS = 8192;
const MAX_CHARS = 32 * 1024 * 1024;

const { dir, args, maxFileSize } = workerData as LogReaderData;
const port = parentPort;
const child = spawnGit(args, dir);
const parser = new LogUnitParser(maxFileSize);
let requested = false;
let end: GitEnd | undefined;

function send(): void {
  if (!requested || port === null) return;
  const { items, chars } = parser.pending;
  if (end === undefined && items < BATCH_ITEMS && chars < BATCH_CHARS) return;
  requested = false;
  // One JSON string, not an array of objects: cloning thousands of small objects costs the worker far more than stringifying them.
  const message: LogReaderMessage = { items: JSON.stringify(parser.take()), commits: parser.commits, ...(end === undefined ? {} : { end }) };
  port.postMessage(message);
  child.stdout?.resume();
}

child.stdout?.on('data', (chunk: Buffer) => {
  parser.push(chunk);
  const { items, chars } = parser.pending;
  if (items >= MAX_ITEMS || chars >= MAX_CHARS) child.stdout?.pause();
  send();
});
void watchGit(child).then((ended) => {
  // `close` comes after the last output: what the parser holds is complete.
  if ('code' in ended && ended.code === 0) parser.end();
  end = ended;
  send();
});
port?.on('message', () => {
  requested = true;
  send();
});
