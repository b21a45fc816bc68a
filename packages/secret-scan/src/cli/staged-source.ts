import { readBlobs } from './blob-reader.js';
import { runGit } from './git-command.js';
import type { ScanCollector } from './scan-collector.js';
import { scanContent } from './scan-content.js';
import { slashRelative, type ScanRoot } from './scan-root.js';

const SYMLINK_MODE = '120000';
const GITLINK_MODE = '160000';

interface StagedEntry {
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
 * Scans what `git commit` would record: the index blobs of added, copied and
 * modified files, never the working tree. Renames are split into delete +
 * add (`--no-renames`) so that a renamed file's content is scanned too.
 */
export async function scanStaged(root: ScanRoot, absolutePaths: readonly string[], maxFileSize: number, collector: ScanCollector, display: (path: string) => string): Promise<void> {
  const pathspecs = absolutePaths.map((path) => slashRelative(root.dir, path));
  const diff = await runGit(['diff', '--cached', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', '--diff-filter=ACM', '--', ...pathspecs], root.dir);
  // Everything staged is scanned, node_modules included: it is what the commit would record.
  const entries = parseRawDiff(diff);
  const contentEntries = entries.filter((entry) => entry.mode !== SYMLINK_MODE && entry.mode !== GITLINK_MODE);
  const blobs = await readBlobs(contentEntries.map((entry) => entry.blob), root.dir, maxFileSize);
  for (const entry of entries) {
    const origin = { file: display(entry.path), path: entry.path };
    // A symlink's blob is its target path; a gitlink is a submodule commit. Neither is file content.
    if (entry.mode === SYMLINK_MODE) collector.add(origin, { kind: 'skipped', reason: 'symlink' });
  }
  contentEntries.forEach((entry, index) => {
    const origin = { file: display(entry.path), path: entry.path };
    const blob = blobs[index];
    if (blob?.kind === 'blob') collector.add(origin, scanContent(blob.content, entry.path, true));
    else if (blob?.kind === 'tooLarge') collector.add(origin, { kind: 'skipped', reason: 'tooLarge' });
    else collector.add(origin, { kind: 'skipped', reason: 'unreadable', note: 'staged blob missing from the object database' });
  });
}
