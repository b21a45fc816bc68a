import { readBlobs } from './blob-reader.js';
import { runGit } from '../cli-kit/git.js';
import type { ScanCollector } from './scan-collector.js';
import { scanContent } from './scan-content.js';
import { CliError } from '../cli-kit/cli-error.js';
import { gitTopLevel, slashRelative, type FileRoot } from '../cli-kit/file-root.js';

const SYMLINK_MODE = '120000';
const GITLINK_MODE = '160000';

export interface StagedEntry {
  path: string;
  mode: string;
  blob: string;
}

/** Parses `git diff --raw -z` records: `:<old mode> <new mode> <old id> <new id> <status>\0<path>\0`. */
function parseRawDiff(output: Buffer): StagedEntry[] {
  const parts = output.toString('utf8').split('\0');
  const entries: StagedEntry[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const [, mode, , blob] = (parts[i] as string).split(' ');
    if (mode && blob) entries.push({ path: parts[i + 1] as string, mode, blob });
  }
  return entries;
}

export interface StagedList {
  root: FileRoot;
  entries: StagedEntry[];
}

/**
 * What `git commit` would record: added, copied and modified files with the
 * id of their index blob. Renames are split into delete + add
 * (`--no-renames`) so that a renamed file's content is scanned too. The top
 * level is asked for at the same time: this is the hot path of every commit.
 */
export async function listStaged(cwd: string, absolutePaths: readonly string[]): Promise<StagedList> {
  const pathspecs = absolutePaths.map((path) => slashRelative(cwd, path));
  const [top, diff] = await Promise.allSettled([
    gitTopLevel(cwd),
    runGit(['diff', '--cached', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', '--diff-filter=ACM', '--', ...pathspecs], cwd),
  ]);
  if (top.status === 'rejected') throw top.reason;
  if (top.value === undefined) throw new CliError(`--staged needs a git repository, and ${slashRelative(cwd, cwd)} is not inside a git work tree`);
  if (diff.status === 'rejected') throw diff.reason;
  return { root: { dir: top.value, git: true }, entries: parseRawDiff(diff.value) };
}

/** Scans the index blobs (never the working tree): one `git cat-file --batch` for all of them. */
export async function scanStaged(staged: StagedList, maxFileSize: number, collector: ScanCollector): Promise<void> {
  const { root, entries } = staged;
  const contentEntries = entries.filter((entry) => entry.mode !== SYMLINK_MODE && entry.mode !== GITLINK_MODE);
  const blobs = await readBlobs(contentEntries.map((entry) => entry.blob), root.dir, maxFileSize);
  for (const entry of entries) {
    // A symlink's blob is its target path; a gitlink is a submodule commit. Neither is file content.
    if (entry.mode === SYMLINK_MODE) collector.add(entry.path, { kind: 'skipped', reason: 'symlink' });
  }
  contentEntries.forEach((entry, index) => {
    const blob = blobs[index];
    if (blob?.kind === 'blob') collector.add(entry.path, scanContent(blob.content, entry.path, true));
    else if (blob?.kind === 'tooLarge') collector.add(entry.path, { kind: 'skipped', reason: 'tooLarge' });
    else collector.add(entry.path, { kind: 'skipped', reason: 'unreadable', note: 'staged blob missing from the object database' });
  });
}
