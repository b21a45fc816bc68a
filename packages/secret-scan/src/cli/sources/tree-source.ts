import { listFiles } from '../../cli-kit/list-files.js';
import { slashRelative } from '../../cli-kit/file-root.js';
import type { ListedFile } from '../../cli-kit/listed-file.js';
import { readSourceFile, type ReadOptions } from '../scan/read-source-file.js';
import type { Source, SourceContext, SourceUnit } from './source.js';

/**
 * Files on disk: inside a git work tree, what git would commit (tracked plus
 * untracked-not-ignored); elsewhere, or without git, a `.gitignore` walk.
 * The listing is the one `@optimocms/secret-scan/cli-kit` gives every CLI.
 */
export function openTreeSource({ options, cwd, absolutePaths, notices }: SourceContext): Source {
  const { root, files, unreadableFolders } = listFiles(absolutePaths.length > 0 ? absolutePaths : [cwd], cwd, {
    noIgnore: options.noIgnore,
    followSymlinks: options.followSymlinks,
    notice: (absolute, message) => notices.note(slashRelative(cwd, absolute), message),
    onGitMissing: (message) => notices.note('git', message),
  });
  const read = { maxFileSize: options.maxFileSize, followSymlinks: options.followSymlinks };
  const units = files.flatMap((file): SourceUnit[] => (file.absoluteBytes === undefined ? [{ path: file.path, committed: file.committed, content: { kind: 'file', absolute: file.absolute } }] : byteNamed(file, read)));
  // A folder that could not be read hides files: counted as unreadable, so the scan is incomplete (exit 2), never clean.
  const folders = new Map(unreadableFolders.map(({ absolute, reason }) => [slashRelative(root.dir, absolute), reason]));
  for (const [path, reason] of folders) units.push({ path, committed: true, skipped: 'unreadable', note: `cannot read folder (${reason})` });
  // One batch: the scan stage splits it over the worker pool.
  return { root, units: () => [units] };
}

/** A file whose name is not UTF-8: read here, through its bytes (rare), and scanned as bytes like an index blob. */
function byteNamed(file: ListedFile, options: ReadOptions): SourceUnit[] {
  const read = readSourceFile(file.absoluteBytes as Buffer, options);
  const unit = { path: file.path, committed: file.committed };
  if (read.kind === 'read') return [{ ...unit, content: { kind: 'bytes', bytes: Buffer.from(read.buffer) } }];
  if (read.kind === 'skipped') return [{ ...unit, skipped: read.reason, ...(read.note === undefined ? {} : { note: read.note }) }];
  return [];
}
