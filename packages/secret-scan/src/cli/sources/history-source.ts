import { CliError, oneLine } from '../../cli-kit/cli-error.js';
import { findFileRoot, slashRelative, type FileRoot } from '../../cli-kit/file-root.js';
import { readGitLog } from './log-reader.js';
import type { MergeRequest } from './log-units.js';
import { mergeAddedLines } from './merge-added-lines.js';
import type { Source, SourceContext, SourceUnit } from './source.js';

/**
 * The lines that commits added (`git log -p -U0`), one unit per file per
 * commit, streamed from git's output (parsed by `LogUnitParser`). Range: any
 * revision range git accepts; default every commit of every ref (`--all`).
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
  for await (const { items, commits } of readGitLog(root.dir, args, maxFileSize)) {
    counts.commits = commits;
    // A merge's binary-looking change is resolved by diffing its blobs: a promise, kept in order.
    if (items.length > 0) yield await Promise.all(items.map((item) => ('merge' in item ? mergeUnit(root.dir, item.merge, maxFileSize) : item)));
  }
}

/** A merge's change that the combined diff called binary: its added lines from the blobs, or why it was skipped. */
async function mergeUnit(dir: string, { unit, parentBlobs, resultBlob }: MergeRequest, maxFileSize: number): Promise<SourceUnit> {
  const added = await mergeAddedLines(dir, parentBlobs, resultBlob, maxFileSize);
  if (added.kind === 'text') return { ...unit, content: { kind: 'text', text: added.lines.join('\n'), lineNumbers: added.lineNumbers } };
  if (added.kind === 'missing') return { ...unit, skipped: 'unreadable', note: `merge ${unit.origin.commit.slice(0, 12)}: blob missing from the object database` };
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
