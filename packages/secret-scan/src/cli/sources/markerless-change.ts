import { bytesMayContainFindings } from '../../engine/byte-prefilter.js';

const GIT_DIFF = 'diff --git ';
// Header lines that decide the path; the others (`index`, `new file mode`, `---`, …) are stepped over undecoded.
const BINARY_LINE = Buffer.from('Binary files ', 'latin1');
const DELETED_LINE = Buffer.from('deleted file mode', 'latin1');
const NEW_PATH_LINE = Buffer.from('+++ ', 'latin1');
const HUNK_START = Buffer.from('@@ -', 'latin1');
const NEXT_HUNK = Buffer.from('\n@@ -', 'latin1');
const LF = 0x0a;
const AT = 0x40;
const BACKSLASH = 0x5c;
const PLUS = 0x2b;
const COMMA = 0x2c;
const SPACE = 0x20;
const ZERO = 0x30;

/**
 * What a change without any marker gives: no unit (a deletion, nothing added), or its path and
 * what it added; `binaryAt`, when an added line holds a NUL: the added bytes up to the end of the
 * first such line (binary unless --max-file-size was passed by then, as the line parser decides).
 */
export type MarkerlessChange = { kind: 'none' } | { kind: 'added'; path: string; lines: number; bytes: number; binaryAt?: number };

function lineEnd(record: Buffer, at: number): number {
  const newline = record.indexOf(LF, at);
  return newline === -1 ? record.length : newline + 1;
}

function startsWith(record: Buffer, at: number, prefix: Buffer): boolean {
  // compare() throws for a range past the end: a record cut short may end in a few bytes of a line.
  return record[at] === prefix[0] && at + prefix.length <= record.length && prefix.compare(record, at, at + prefix.length) === 0;
}

/** The decimal number at `at` and where it ends; `undefined` when no digit is there. */
function numberAt(record: Buffer, at: number): { value: number; end: number } | undefined {
  let value = 0;
  let end = at;
  for (let digit = (record[end] ?? -1) - ZERO; digit >= 0 && digit <= 9; digit = (record[end] ?? -1) - ZERO) {
    value = value * 10 + digit;
    end++;
  }
  return end === at ? undefined : { value, end };
}

/** A hunk range `start[,count]` at `at`: its count (1 when left out) and where it ends. */
function rangeAt(record: Buffer, at: number): { value: number; end: number } | undefined {
  const start = numberAt(record, at);
  if (start === undefined || record[start.end] !== COMMA) return start && { value: 1, end: start.end };
  return numberAt(record, start.end + 1);
}

/** `@@ -a[,b] +c[,d] @@…` at `at`: the removed and added line counts; `undefined` for any other line. */
function hunkCounts(record: Buffer, at: number): [removed: number, added: number] | undefined {
  if (!startsWith(record, at, HUNK_START)) return undefined;
  const removed = rangeAt(record, at + HUNK_START.length);
  if (removed === undefined || record[removed.end] !== SPACE || record[removed.end + 1] !== PLUS) return undefined;
  const added = rangeAt(record, removed.end + 2);
  if (added === undefined || record[added.end] !== SPACE || record[added.end + 1] !== AT || record[added.end + 2] !== AT) return undefined;
  return [removed.value, added.value];
}

/** Bytes of the lines from `at` through the one holding `position`, their LFs not counted. */
function bytesThroughLine(record: Buffer, at: number, position: number, end: number): number {
  let newlines = 0;
  for (let newline = record.indexOf(LF, at); newline !== -1 && newline < position; newline = record.indexOf(LF, newline + 1)) newlines++;
  const newline = record.indexOf(LF, position);
  const lineStop = newline === -1 || newline >= end ? end : newline;
  return lineStop - at - newlines;
}

/**
 * The fast path of `--history` for one file's diff (`git log -p -U0`), read
 * on its raw bytes: when it holds no marker of any rule (the engine's byte
 * prefilter, run over the whole record), its added lines can have no
 * finding, so only the header lines and the hunk headers are read — no
 * added line is decoded or looked at one by one, and a binary file's
 * (`--text`) NUL bytes are only located. `undefined`: not such a change (a
 * marker, a merge's combined diff, a `Binary files` line, anything
 * unexpected): the line parser reads it.
 *
 * `newPath` reads a `+++ ` line as the line parser does (`undefined` for
 * `/dev/null`). `bytes` is the added lines' bytes with their `+`, without
 * their LF (what the line parser compares with --max-file-size).
 */
export function markerlessChange(record: Buffer, newPath: (line: string) => string | undefined): MarkerlessChange | undefined {
  if (record.toString('latin1', 0, GIT_DIFF.length) !== GIT_DIFF) return undefined;
  if (bytesMayContainFindings(record)) return undefined;
  let nul = record.indexOf(0);
  // The header lines, up to the first hunk.
  let path: string | undefined = '';
  let at = 0;
  while (at < record.length && record[at] !== AT) {
    const end = lineEnd(record, at);
    if (startsWith(record, at, BINARY_LINE)) return undefined;
    if (startsWith(record, at, DELETED_LINE)) return { kind: 'none' };
    if (startsWith(record, at, NEW_PATH_LINE)) path = newPath(record.toString('utf8', at, record[end - 1] === LF ? end - 1 : end));
    at = end;
  }
  if (path === undefined || path === '') return { kind: 'none' };
  // With -U0 a hunk is its `-` lines, then its `+` lines, each run perhaps followed by `\ No newline
  // at end of file`, up to the next hunk: the `-` lines are stepped over, the `+` run is found by one
  // search for the next hunk header, and its bytes are its length less one LF per line.
  let bytes = 0;
  let lines = 0;
  let binaryAt: number | undefined;
  while (at < record.length) {
    const counts = hunkCounts(record, at);
    if (counts === undefined) return undefined;
    const [removed, count] = counts;
    at = lineEnd(record, at);
    for (let i = removed; i > 0 && at < record.length; i--) at = lineEnd(record, at);
    if (record[at] === BACKSLASH) at = lineEnd(record, at);
    if (count === 0) {
      if (at < record.length && record[at] !== AT) return undefined;
      continue;
    }
    if (record[at] !== PLUS) return undefined;
    // The LF before `at` ends the previous line, so a hunk header right here is found too.
    const next = record.indexOf(NEXT_HUNK, at - 1);
    let end = next === -1 ? record.length : next + 1;
    const lastLine = record.lastIndexOf(LF, end - 2) + 1;
    if (lastLine > at && record[lastLine] === BACKSLASH) end = lastLine;
    if (nul !== -1 && nul < at) nul = record.indexOf(0, at);
    if (binaryAt === undefined && nul !== -1 && nul < end) binaryAt = bytes + bytesThroughLine(record, at, nul, end);
    bytes += end - at - (record[end - 1] === LF ? count : count - 1);
    lines += count;
    at = end;
    if (record[at] === BACKSLASH) at = lineEnd(record, at);
  }
  if (lines === 0) return { kind: 'none' };
  return binaryAt === undefined ? { kind: 'added', path, lines, bytes } : { kind: 'added', path, lines, bytes, binaryAt };
}
