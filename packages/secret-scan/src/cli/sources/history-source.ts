import { StringDecoder } from 'node:string_decoder';
import { CliError, oneLine } from '../../cli-kit/cli-error.js';
import { findFileRoot, slashRelative, type FileRoot } from '../../cli-kit/file-root.js';
import { gitExit, spawnGit } from '../../cli-kit/git.js';
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
}

const COMMIT_MARKER = '\0';
const BINARY = /^Binary files .* and (.*) differ$/;
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
 * The lines that commits added (`git log -p -U0`), one unit per file per
 * commit, streamed from git's output so that memory holds one file change at
 * a time. Range: any revision range git accepts; default every commit of
 * every ref (`--all`).
 */
async function* historyUnits(root: FileRoot, range: string | undefined, absolutePaths: readonly string[], maxFileSize: number, counts: { commits: number }): AsyncGenerator<SourceUnit[]> {
  // --end-of-options: whatever the range holds, git reads it as a revision, never as an option.
  const revisions = range === undefined ? ['--all'] : ['--end-of-options', range];
  const args = ['log', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--format=%x00%H %aI', ...revisions, '--', ...absolutePaths.map((path) => slashRelative(root.dir, path))];
  const child = spawnGit(args, root.dir);
  const exited = gitExit(child, args);
  // Handled where it is awaited, after the output: a failing git must not be an unhandled rejection meanwhile.
  exited.catch(() => undefined);
  const decoder = new StringDecoder('utf8');
  let commit = '';
  let authorDate = '';
  let change: FileChange | undefined;
  let inHunk = false;
  let nextLine = 0;
  let partial = '';
  let ready: SourceUnit[] = [];

  const flush = () => {
    const done = change;
    change = undefined;
    inHunk = false;
    if (!done || (!done.binary && done.lines.length === 0)) return;
    const unit = { path: done.path, committed: true, origin: { commit: done.commit, authorDate: done.authorDate } };
    if (done.binary) ready.push({ ...unit, skipped: 'binary' });
    else if (done.bytes > maxFileSize) ready.push({ ...unit, skipped: 'tooLarge' });
    else ready.push({ ...unit, content: { kind: 'text', text: done.lines.join('\n'), lineNumbers: done.lineNumbers } });
  };

  const onLine = (line: string) => {
    if (line.startsWith(COMMIT_MARKER)) {
      flush();
      [commit = '', authorDate = ''] = line.slice(1).split(' ');
      counts.commits++;
    } else if (line.startsWith('diff --git ')) {
      flush();
      change = { commit, authorDate, path: '', lines: [], lineNumbers: [], bytes: 0, binary: false };
    } else if (change && !inHunk) {
      if (line.startsWith('+++ ')) {
        const path = newPath(line);
        if (path === undefined) change = undefined;
        else change.path = path;
      } else if (line.startsWith('Binary files ')) {
        // A binary change has no `+++` line: its name is in `Binary files a/x and b/x differ` (b/ side; /dev/null when deleted).
        const path = change.path === '' ? newPath(`+++ ${BINARY.exec(line)?.[1] ?? ''}`) : change.path;
        if (path === undefined) change = undefined;
        else {
          change.path = path;
          change.binary = true;
        }
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

  for await (const chunk of child.stdout ?? []) {
    const text = partial + decoder.write(chunk as Buffer);
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) onLine(line);
    if (ready.length > 0) {
      yield ready;
      ready = [];
    }
  }
  await exited;
  const rest = partial + decoder.end();
  if (rest !== '') onLine(rest);
  flush();
  if (ready.length > 0) yield ready;
}

export function openHistorySource({ options, cwd, absolutePaths }: SourceContext, range: string | undefined): Source {
  // git would read `--history=--output=x` as its own option (and write the file): no revision range starts with `-`.
  if (range?.startsWith('-')) throw new CliError(`--history: "${oneLine(range)}" is not a revision range (a range never starts with "-"; write HEAD~10..HEAD or origin/main..HEAD)`, 'usage');
  const root = findFileRoot(absolutePaths.length > 0 ? absolutePaths : [cwd], cwd, true);
  if (!root.git) throw new CliError(`--history needs a git repository, and ${slashRelative(cwd, absolutePaths[0] ?? cwd)} is not inside a git work tree`);
  const counts = { commits: 0 };
  return { root, units: () => historyUnits(root, range, absolutePaths, options.maxFileSize, counts), summary: () => counts };
}
