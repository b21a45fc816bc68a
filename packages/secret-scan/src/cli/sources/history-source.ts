import { CliError, oneLine } from '../../cli-kit/cli-error.js';
import { findFileRoot, slashRelative, type FileRoot } from '../../cli-kit/file-root.js';
import { gitExit, spawnGit } from '../../cli-kit/git.js';
import { BoundedLines } from './bounded-lines.js';
import { LogRecordSplitter } from './log-records.js';
import { markerlessChange } from './markerless-change.js';
import { mergeAddedLines } from './merge-added-lines.js';
import type { Source, SourceContext, SourceUnit } from './source.js';

/** Added lines of one file in one commit, with their line numbers in the new version. */
interface FileChange {
  commit: string;
  authorDate: string;
  path: string;
  lines: string[];
  lineNumbers: number[];
  bytes: number;
  binary: boolean;
  /** Over --max-file-size: its lines are dropped as they stream by, only counted. */
  oversized: boolean;
  /** Prefix columns of a hunk line: 1, or the parent count of a merge's combined diff. */
  columns: number;
  /** Blob ids from the `index` line (`--full-index`): parents', then the result's. */
  parentBlobs: string[];
  resultBlob: string;
}

const COMMIT_MARKER = '\0';
const BINARY = /^Binary files (?:.* and (.*) )?differ$/;
// `@@ -1,2 +3,4 @@` for a commit, `@@@ -1,2 -1,2 +3,4 @@@` for a merge's combined diff (one `-` range per parent).
const HUNK = /^(@@+) (?:-\d+(?:,\d+)? )+\+(\d+)(?:,\d+)? @@+/;
const INDEX = /^index ([0-9a-f,]+)\.\.([0-9a-f]+)/;
// `diff --cc path` heads a merge's combined diff; its binary line names no file.
const COMBINED_HEADER = /^diff --(?:cc|combined) (.*)$/;
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v' };
/** Bytes of a line kept in memory at most: header lines are short, and a longer content line makes its change oversized anyway. */
const MIN_LINE_CAP = 64 * 1024;
// Units handed to the scan stage at a time.
const BATCH = 256;

/** Undoes git's C-style quoting of unusual file names (`"b/tab\there"`, octal escapes for raw bytes). */
function unquote(name: string): string {
  if (!name.startsWith('"') || !name.endsWith('"')) return name;
  const bytes: number[] = [];
  const body = name.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(...Buffer.from(ESCAPES[next] ?? next, 'utf8'));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `+++ b/path` → `path`; `undefined` for `/dev/null` (a deleted file). */
function newPath(line: string): string | undefined {
  // git ends a name that holds whitespace with a tab.
  const name = unquote(line.slice(4).replace(/\t$/, ''));
  return name.startsWith('b/') ? name.slice(2) : undefined;
}

/**
 * The lines that commits added (`git log -p -U0`), one unit per file per
 * commit, streamed from git's output so that memory holds one file change at
 * a time, and never more of it than `--max-file-size`. Range: any revision
 * range git accepts; default every commit of every ref (`--all`).
 *
 * git is told everything that user config or attributes could change:
 * `--text` (a `-diff` attribute or `core.bigFileThreshold` would hide a
 * change as "binary"; a NUL byte in the added lines decides instead, as in
 * tree scans), `--cc` for merges (the lines a merge adds against every
 * parent: a key typed while resolving a conflict), explicit `a/` `b/`
 * prefixes and no context between hunks.
 */
async function* historyUnits(root: FileRoot, range: string | undefined, absolutePaths: readonly string[], maxFileSize: number, counts: { commits: number }): AsyncGenerator<SourceUnit[]> {
  // --end-of-options: whatever the range holds, git reads it as a revision, never as an option.
  const revisions = range === undefined ? ['--all'] : ['--end-of-options', range];
  const options = ['-p', '-U0', '--inter-hunk-context=0', '--text', '--cc', '--full-index', '--src-prefix=a/', '--dst-prefix=b/', '--no-color', '--no-ext-diff', '--no-textconv', '-M'];
  const args = ['log', ...options, '--format=%x00%H %aI', ...revisions, '--', ...absolutePaths.map((path) => slashRelative(root.dir, path))];
  const child = spawnGit(args, root.dir);
  const exited = gitExit(child, args);
  // Handled where it is awaited, after the output: a failing git must not be an unhandled rejection meanwhile.
  exited.catch(() => undefined);
  let commit = '';
  let authorDate = '';
  let change: FileChange | undefined;
  let inHunk = false;
  let nextLine = 0;
  // A merge's binary-looking change is resolved by diffing its blobs: a promise, kept in order.
  let ready: (SourceUnit | Promise<SourceUnit>)[] = [];

  const flush = () => {
    const done = change;
    change = undefined;
    inHunk = false;
    if (!done || done.path === '' || (!done.binary && !done.oversized && done.lines.length === 0)) return;
    const unit = { path: done.path, committed: true, origin: { commit: done.commit, authorDate: done.authorDate } };
    if (done.binary && done.columns > 1) ready.push(mergeUnit(root.dir, done, unit, maxFileSize));
    else if (done.binary) ready.push({ ...unit, skipped: 'binary' });
    else if (done.oversized) ready.push({ ...unit, skipped: 'tooLarge' });
    else ready.push({ ...unit, content: { kind: 'text', text: done.lines.join('\n'), lineNumbers: done.lineNumbers } });
  };

  const startChange = (columns: number, path = '') => {
    flush();
    change = { commit, authorDate, path, lines: [], lineNumbers: [], bytes: 0, binary: false, oversized: false, columns, parentBlobs: [], resultBlob: '' };
  };

  const onHunkLine = (current: FileChange, line: string, length: number) => {
    const prefix = line.slice(0, current.columns);
    // A line missing from the result (removed against some parent) has no line number there.
    if (prefix.includes('-')) return;
    const lineNumber = nextLine++;
    // Added against every parent: new in this commit. `+ ` / ` +` in a merge came from one side, and was scanned there.
    if (prefix !== '+'.repeat(current.columns)) return;
    current.bytes += length;
    if (current.oversized || current.binary) return;
    if (current.bytes > maxFileSize) {
      current.oversized = true;
      current.lines = [];
      current.lineNumbers = [];
    } else if (line.includes('\0')) {
      // Binary by content, as `git diff` would have said without --text (which attributes can no longer turn on).
      current.binary = true;
      current.lines = [];
      current.lineNumbers = [];
    } else {
      current.lines.push(line.slice(current.columns));
      current.lineNumbers.push(lineNumber);
    }
  };

  const onLine = (line: string, length: number) => {
    if (line.startsWith(COMMIT_MARKER)) {
      flush();
      [commit = '', authorDate = ''] = line.slice(1).split(' ');
      counts.commits++;
      return;
    }
    if (line.startsWith('diff --git ')) return startChange(1);
    const combined = COMBINED_HEADER.exec(line);
    if (combined) return startChange(2, unquote(combined[1] ?? ''));
    if (!change) return;
    if (inHunk && (line.startsWith(' ') || line.startsWith('+') || line.startsWith('-'))) return onHunkLine(change, line, length);
    const hunk = HUNK.exec(line);
    if (hunk) {
      inHunk = true;
      change.columns = (hunk[1] as string).length - 1;
      nextLine = Number(hunk[2]);
    } else if (!inHunk && line.startsWith('+++ ')) {
      const path = newPath(line);
      if (path === undefined) change = undefined;
      else change.path = path;
    } else if (!inHunk && line.startsWith('index ')) {
      const blobs = INDEX.exec(line);
      change.parentBlobs = blobs?.[1]?.split(',') ?? [];
      change.resultBlob = blobs?.[2] ?? '';
      change.columns = Math.max(1, change.parentBlobs.length);
    } else if (!inHunk && line.startsWith('deleted file mode')) {
      change = undefined;
    } else if (BINARY.test(line)) {
      // `Binary files a/x and b/x differ` (b/ side; /dev/null when deleted), or `Binary files differ` in a combined diff.
      const named = BINARY.exec(line)?.[1];
      const path = named === undefined ? change.path : newPath(`+++ ${named}`);
      if (path === undefined || path === '') change = undefined;
      else {
        change.path = path;
        change.binary = true;
      }
    }
  };

  const lines = new BoundedLines(Math.max(MIN_LINE_CAP, maxFileSize + 1), onLine);
  // Most file changes hold no marker of any rule: read on their raw bytes (markerlessChange), they
  // become a unit without being split into lines and decoded; everything else goes to the line parser.
  const onRecord = (record: Buffer) => {
    const markerless = markerlessChange(record, newPath);
    if (markerless === undefined) return lines.write(record);
    flush();
    if (markerless.kind === 'none') return;
    const unit = { path: markerless.path, committed: true, origin: { commit, authorDate } };
    // The text the engine would have been given: the added lines without their `+`, joined with LF.
    ready.push(markerless.bytes > maxFileSize ? { ...unit, skipped: 'tooLarge' } : { ...unit, content: { kind: 'no-marker', bytes: markerless.bytes - 1 } });
  };
  // A record over the line parser's own bound goes to it in parts, never held whole.
  const records = new LogRecordSplitter({ record: onRecord, part: (part) => lines.write(part) }, Math.max(MIN_LINE_CAP, maxFileSize + 1));
  for await (const chunk of child.stdout ?? []) {
    records.push(chunk as Buffer);
    // Batches of units, not one per chunk: each batch is a turn through the async scan stage.
    if (ready.length >= BATCH) {
      yield await Promise.all(ready);
      ready = [];
    }
  }
  await exited;
  records.end();
  lines.end();
  flush();
  if (ready.length > 0) yield await Promise.all(ready);
}

/** A merge's change that the combined diff called binary: its added lines from the blobs, or why it was skipped. */
async function mergeUnit(dir: string, change: FileChange, unit: Omit<SourceUnit, 'content' | 'skipped'>, maxFileSize: number): Promise<SourceUnit> {
  const added = await mergeAddedLines(dir, change.parentBlobs, change.resultBlob, maxFileSize);
  if (added.kind === 'text') return { ...unit, content: { kind: 'text', text: added.lines.join('\n'), lineNumbers: added.lineNumbers } };
  if (added.kind === 'missing') return { ...unit, skipped: 'unreadable', note: `merge ${change.commit.slice(0, 12)}: blob missing from the object database` };
  return { ...unit, skipped: added.kind };
}

export function openHistorySource({ options, cwd, absolutePaths }: SourceContext, range: string | undefined): Source {
  // git would read `--history=--output=x` as its own option (and write the file): no revision range starts with `-`.
  if (range?.startsWith('-')) throw new CliError(`--history: "${oneLine(range)}" is not a revision range (a range never starts with "-"; write HEAD~10..HEAD or origin/main..HEAD)`, 'usage');
  const root = findFileRoot(absolutePaths.length > 0 ? absolutePaths : [cwd], cwd, true);
  if (!root.git) throw new CliError(`--history needs a git repository, and ${slashRelative(cwd, absolutePaths[0] ?? cwd)} is not inside a git work tree`);
  const counts = { commits: 0 };
  return { root, units: () => historyUnits(root, range, absolutePaths, options.maxFileSize, counts), summary: () => counts };
}
