import { bytesMayContainFindings } from '../../engine/byte-prefilter.js';

const GIT_DIFF = 'diff --git ';
const HUNK = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;
const NEXT_HUNK = Buffer.from('\n@@ -', 'latin1');
const LF = 0x0a;
const AT = 0x40;
const BACKSLASH = 0x5c;
const PLUS = 0x2b;

/** What a change without any marker gives: no unit (a deletion, nothing added), or its path and what it added. */
export type MarkerlessChange = { kind: 'none' } | { kind: 'added'; path: string; lines: number; bytes: number };

function lineEnd(record: Buffer, at: number): number {
  const newline = record.indexOf(LF, at);
  return newline === -1 ? record.length : newline + 1;
}

/**
 * The fast path of `--history` for one file's diff (`git log -p -U0`), read
 * on its raw bytes: when it holds no NUL and no marker of any rule (the
 * engine's byte prefilter, run over the whole record), its added lines can
 * have no finding, so only the header lines and the hunk headers are read —
 * no added line is decoded or looked at one by one. `undefined`: not such a
 * change (a marker, a NUL, a merge's combined diff, a binary change,
 * anything unexpected): the line parser reads it.
 *
 * `newPath` reads a `+++ ` line as the line parser does (`undefined` for
 * `/dev/null`). `bytes` is the added lines' bytes with their `+`, without
 * their LF (what the line parser compares with --max-file-size).
 */
export function markerlessChange(record: Buffer, newPath: (line: string) => string | undefined): MarkerlessChange | undefined {
  if (record.toString('latin1', 0, GIT_DIFF.length) !== GIT_DIFF) return undefined;
  if (record.includes(0) || bytesMayContainFindings(record)) return undefined;
  // The header lines, up to the first hunk.
  let path: string | undefined = '';
  let at = 0;
  while (at < record.length && record[at] !== AT) {
    const end = lineEnd(record, at);
    const line = record.toString('utf8', at, record[end - 1] === LF ? end - 1 : end);
    if (line.startsWith('Binary files ')) return undefined;
    if (line.startsWith('deleted file mode')) return { kind: 'none' };
    if (line.startsWith('+++ ')) path = newPath(line);
    at = end;
  }
  if (path === undefined || path === '') return { kind: 'none' };
  // With -U0 a hunk is its `-` lines, then its `+` lines, each run perhaps followed by `\ No newline
  // at end of file`, up to the next hunk: the `-` lines are stepped over, the `+` run is found by one
  // search for the next hunk header, and its bytes are its length less one LF per line.
  let bytes = 0;
  let lines = 0;
  while (at < record.length) {
    const headerEnd = lineEnd(record, at);
    const header = HUNK.exec(record.toString('latin1', at, headerEnd));
    if (!header) return undefined;
    const [, removed = '1', added = '1'] = header;
    at = headerEnd;
    for (let i = Number(removed); i > 0 && at < record.length; i--) at = lineEnd(record, at);
    if (record[at] === BACKSLASH) at = lineEnd(record, at);
    const count = Number(added);
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
    bytes += end - at - (record[end - 1] === LF ? count : count - 1);
    lines += count;
    at = end;
    if (record[at] === BACKSLASH) at = lineEnd(record, at);
  }
  return lines === 0 ? { kind: 'none' } : { kind: 'added', path, lines, bytes };
}
