import { CliError } from '../../cli-kit/cli-error.js';
import { gitTopLevel, slashRelative } from '../../cli-kit/file-root.js';
import { runGit } from '../../cli-kit/git.js';
import { readBlobs, startBlobReader, type BlobReader } from './blob-reader.js';
import type { Source, SourceContext, SourceUnit } from './source.js';

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

/**
 * What `git commit` would record, read from the index blobs, never the
 * working tree: added, copied and modified files. Renames are split into
 * delete + add (`--no-renames`) so that a renamed file's content is scanned
 * under its new name. The top level is asked for at the same time as the
 * diff: this is the hot path of every commit.
 */
export async function openStagedSource({ cwd, absolutePaths, options }: SourceContext): Promise<Source> {
  const pathspecs = absolutePaths.map((path) => slashRelative(cwd, path));
  // Three git processes at once, not two and then one: the blob reader waits for the diff's ids.
  const reader = startBlobReader(cwd);
  const [top, diff] = await Promise.allSettled([
    gitTopLevel(cwd),
    runGit(['diff', '--cached', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', '--diff-filter=ACM', '--', ...pathspecs], cwd),
  ]);
  try {
    if (top.status === 'rejected') throw top.reason;
    if (top.value === undefined) throw new CliError(`--staged needs a git repository, and ${slashRelative(cwd, cwd)} is not inside a git work tree`);
    if (diff.status === 'rejected') throw diff.reason;
  } catch (error) {
    reader.close();
    throw error;
  }
  const root = { dir: top.value, git: true };
  const entries = parseRawDiff(diff.value);
  return {
    root,
    async *units() {
      yield await stagedUnits(entries, root.dir, reader, options.maxFileSize);
    },
  };
}

/** One `git cat-file --batch` for every blob. A symlink's blob is its target path and a gitlink a submodule commit: neither is file content. */
async function stagedUnits(entries: readonly StagedEntry[], dir: string, reader: BlobReader, maxFileSize: number): Promise<SourceUnit[]> {
  const contentEntries = entries.filter((entry) => entry.mode !== SYMLINK_MODE && entry.mode !== GITLINK_MODE);
  const blobs = await readBlobs(contentEntries.map((entry) => entry.blob), dir, maxFileSize, reader);
  const units: SourceUnit[] = entries.filter((entry) => entry.mode === SYMLINK_MODE).map((entry) => ({ path: entry.path, committed: true, skipped: 'symlink' }));
  contentEntries.forEach((entry, index) => {
    const blob = blobs[index];
    const unit = { path: entry.path, committed: true };
    if (blob?.kind === 'blob') units.push({ ...unit, content: { kind: 'bytes', bytes: blob.content } });
    else if (blob?.kind === 'tooLarge') units.push({ ...unit, skipped: 'tooLarge' });
    else units.push({ ...unit, skipped: 'unreadable', note: 'staged blob missing from the object database' });
  });
  return units;
}
