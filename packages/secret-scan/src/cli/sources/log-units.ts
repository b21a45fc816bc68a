import { BoundedLines } from './bounded-lines.js';
import { LogRecordSplitter } from './log-records.js';
import { markerlessChange } from './markerless-change.js';
import type { SourceUnit } from './source.js';

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

/**
 * A merge's change that the combined diff called binary: its added lines come
 * from diffing its blobs, which needs git again, so the parser (no I/O) hands
 * it over and the source resolves it.
 */
export interface MergeRequest {
  unit: { path: string; committed: true; origin: { commit: string; authorDate: string } };
  parentBlobs: string[];
  resultBlob: string;
}

/** What the parser yields, in the order of git's output. */
export type LogItem = SourceUnit | { merge: MergeRequest };

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
 * Turns `git log -p -U0 --format=%x00%H %aI` output, pushed in chunks of any
 * size, into units: one per file per commit, holding the lines that commit
 * added, with their line numbers. Memory holds one file change at a time, and
 * never more of it than `maxFileSize`; finished items wait in {@link take}.
 * Pure computation on bytes, with no I/O.
 */
export class LogUnitParser {
  /** Commit headers read so far. */
  commits = 0;
  private items: LogItem[] = [];
  private commit = '';
  private authorDate = '';
  private change: FileChange | undefined;
  private inHunk = false;
  private nextLine = 0;
  private readonly lines: BoundedLines;
  private readonly records: LogRecordSplitter;

  constructor(private readonly maxFileSize: number) {
    this.lines = new BoundedLines(Math.max(MIN_LINE_CAP, maxFileSize + 1), (line, length) => this.onLine(line, length));
    // A record over the line parser's own bound goes to it in parts, never held whole.
    this.records = new LogRecordSplitter({ record: (record) => this.onRecord(record), part: (part) => this.lines.write(part) }, Math.max(MIN_LINE_CAP, maxFileSize + 1));
  }

  push(chunk: Buffer): void {
    this.records.push(chunk);
  }

  /** The end of git's output: the last change becomes an item too. */
  end(): void {
    this.records.end();
    this.lines.end();
    this.flush();
  }

  /** The items finished so far, in order; the parser forgets them. */
  take(): LogItem[] {
    const items = this.items;
    this.items = [];
    return items;
  }

  /** Items finished and not taken yet. */
  get pending(): number {
    return this.items.length;
  }

  // Most file changes hold no marker of any rule: read on their raw bytes (markerlessChange), they
  // become a unit without being split into lines and decoded; everything else goes to the line parser.
  private onRecord(record: Buffer): void {
    const markerless = markerlessChange(record, newPath);
    if (markerless === undefined) return this.lines.write(record);
    this.flush();
    if (markerless.kind === 'none') return;
    const unit = { path: markerless.path, committed: true, origin: { commit: this.commit, authorDate: this.authorDate } };
    // Decided as the line parser would: a NUL in an added line makes it binary, unless its added bytes passed the limit first.
    if (markerless.binaryAt !== undefined && markerless.binaryAt <= this.maxFileSize) this.items.push({ ...unit, skipped: 'binary' });
    else if (markerless.bytes > this.maxFileSize) this.items.push({ ...unit, skipped: 'tooLarge' });
    // The text the engine would have been given: the added lines without their `+`, joined with LF.
    else this.items.push({ ...unit, content: { kind: 'no-marker', bytes: markerless.bytes - 1 } });
  }

  private flush(): void {
    const done = this.change;
    this.change = undefined;
    this.inHunk = false;
    if (!done || done.path === '' || (!done.binary && !done.oversized && done.lines.length === 0)) return;
    const unit = { path: done.path, committed: true as const, origin: { commit: done.commit, authorDate: done.authorDate } };
    if (done.binary && done.columns > 1) this.items.push({ merge: { unit, parentBlobs: done.parentBlobs, resultBlob: done.resultBlob } });
    else if (done.binary) this.items.push({ ...unit, skipped: 'binary' });
    else if (done.oversized) this.items.push({ ...unit, skipped: 'tooLarge' });
    else this.items.push({ ...unit, content: { kind: 'text', text: done.lines.join('\n'), lineNumbers: done.lineNumbers } });
  }

  private startChange(columns: number, path = ''): void {
    this.flush();
    this.change = { commit: this.commit, authorDate: this.authorDate, path, lines: [], lineNumbers: [], bytes: 0, binary: false, oversized: false, columns, parentBlobs: [], resultBlob: '' };
  }

  private onHunkLine(current: FileChange, line: string, length: number): void {
    const prefix = line.slice(0, current.columns);
    // A line missing from the result (removed against some parent) has no line number there.
    if (prefix.includes('-')) return;
    const lineNumber = this.nextLine++;
    // Added against every parent: new in this commit. `+ ` / ` +` in a merge came from one side, and was scanned there.
    if (prefix !== '+'.repeat(current.columns)) return;
    current.bytes += length;
    if (current.oversized || current.binary) return;
    if (current.bytes > this.maxFileSize) {
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
  }

  private onLine(line: string, length: number): void {
    if (line.startsWith(COMMIT_MARKER)) {
      this.flush();
      [this.commit = '', this.authorDate = ''] = line.slice(1).split(' ');
      this.commits++;
      return;
    }
    if (line.startsWith('diff --git ')) return this.startChange(1);
    const combined = COMBINED_HEADER.exec(line);
    if (combined) return this.startChange(2, unquote(combined[1] ?? ''));
    const change = this.change;
    if (!change) return;
    if (this.inHunk && (line.startsWith(' ') || line.startsWith('+') || line.startsWith('-'))) return this.onHunkLine(change, line, length);
    const hunk = HUNK.exec(line);
    if (hunk) {
      this.inHunk = true;
      change.columns = (hunk[1] as string).length - 1;
      this.nextLine = Number(hunk[2]);
    } else if (!this.inHunk && line.startsWith('+++ ')) {
      const path = newPath(line);
      if (path === undefined) this.change = undefined;
      else change.path = path;
    } else if (!this.inHunk && line.startsWith('index ')) {
      const blobs = INDEX.exec(line);
      change.parentBlobs = blobs?.[1]?.split(',') ?? [];
      change.resultBlob = blobs?.[2] ?? '';
      change.columns = Math.max(1, change.parentBlobs.length);
    } else if (!this.inHunk && line.startsWith('deleted file mode')) {
      this.change = undefined;
    } else if (BINARY.test(line)) {
      // `Binary files a/x and b/x differ` (b/ side; /dev/null when deleted), or `Binary files differ` in a combined diff.
      const named = BINARY.exec(line)?.[1];
      const path = named === undefined ? change.path : newPath(`+++ ${named}`);
      if (path === undefined || path === '') this.change = undefined;
      else {
        change.path = path;
        change.binary = true;
      }
    }
  }
}
