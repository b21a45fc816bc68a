import { StringDecoder } from 'node:string_decoder';
import { scanText } from '../engine/scan-text.js';
import { gitExit, spawnGit } from '../cli-kit/git.js';
import type { ScanCollector } from './scan-collector.js';
import { slashRelative, type FileRoot } from '../cli-kit/file-root.js';

/** Added lines of one file in one commit, with their line numbers in the new version. */
interface FileChange {
  commit: string;
  authorDate: string;
  path: string;
  lines: string[];
  lineNumbers: number[];
  bytes: number;
  binary: boolean;
}

const COMMIT_MARKER = '\0';
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v' };

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
 * Scans the lines that commits added (`git log -p -U0`), streaming git's
 * output so that memory holds one file change at a time. Range: any
 * revision range git accepts; default every commit of every ref (`--all`).
 */
export async function scanHistory(root: FileRoot, range: string | undefined, absolutePaths: readonly string[], maxFileSize: number, collector: ScanCollector): Promise<{ commits: number }> {
  const args = ['log', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--format=%x00%H %aI', range ?? '--all', '--', ...absolutePaths.map((path) => slashRelative(root.dir, path))];
  const child = spawnGit(args, root.dir);
  const exited = gitExit(child, args);
  const decoder = new StringDecoder('utf8');
  let commit = '';
  let authorDate = '';
  let commits = 0;
  let change: FileChange | undefined;
  let inHunk = false;
  let nextLine = 0;
  let partial = '';

  const flush = () => {
    const done = change;
    change = undefined;
    inHunk = false;
    if (!done) return;
    const origin = { commit: done.commit, authorDate: done.authorDate };
    if (done.binary) return collector.add(done.path, { kind: 'skipped', reason: 'binary' }, origin);
    if (done.lines.length === 0) return;
    if (done.bytes > maxFileSize) return collector.add(done.path, { kind: 'skipped', reason: 'tooLarge' }, origin);
    const matches = scanText(done.lines.join('\n'), { file: done.path, committed: true });
    // The scanned text is the added lines only: map its line numbers back to the file's.
    const lineOf = (line: number) => done.lineNumbers[line - 1] ?? line;
    collector.add(done.path, { kind: 'scanned', bytes: done.bytes, matches }, origin, (match) => ({ ...match, line: lineOf(match.line), endLine: lineOf(match.endLine) }));
  };

  const onLine = (line: string) => {
    if (line.startsWith(COMMIT_MARKER)) {
      flush();
      [commit = '', authorDate = ''] = line.slice(1).split(' ');
      commits++;
    } else if (line.startsWith('diff --git ')) {
      flush();
      change = { commit, authorDate, path: '', lines: [], lineNumbers: [], bytes: 0, binary: false };
    } else if (change && !inHunk) {
      if (line.startsWith('+++ ')) {
        const path = newPath(line);
        if (path === undefined) change = undefined;
        else change.path = path;
      } else if (line.startsWith('Binary files ')) {
        change.binary = true;
      } else if (HUNK.test(line)) {
        inHunk = true;
        nextLine = Number(HUNK.exec(line)?.[1]);
      }
    } else if (change && inHunk) {
      if (line.startsWith('+')) {
        change.lines.push(line.slice(1));
        change.lineNumbers.push(nextLine++);
        change.bytes += line.length;
      } else if (line.startsWith('@@')) {
        nextLine = Number(HUNK.exec(line)?.[1] ?? nextLine);
      }
    }
  };

  child.stdout?.on('data', (chunk: Buffer) => {
    const text = partial + decoder.write(chunk);
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
  await exited;
  const rest = partial + decoder.end();
  if (rest !== '') onLine(rest);
  flush();
  return { commits };
}
