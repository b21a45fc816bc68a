import { looksBinary } from '../../cli-kit/decode-text.js';
import { runGit } from '../../cli-kit/git.js';
import { readBlobs } from './blob-reader.js';

const MISSING = /^0+$/;
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

export type MergeAddedLines = { kind: 'binary' | 'tooLarge' | 'missing' } | { kind: 'text'; lines: string[]; lineNumbers: number[] };

/** Line number → text of the lines `git diff` adds from `from` to `to` (two blob ids). */
async function addedLines(dir: string, from: string, to: string): Promise<Map<number, string>> {
  const diff = (await runGit(['diff', '-U0', '--text', '--no-ext-diff', '--no-textconv', '--inter-hunk-context=0', from, to], dir)).toString('utf8');
  const added = new Map<number, string>();
  let next = 0;
  // Header lines (`+++ b/…`) come before the first hunk; after it, an added line may itself start with `++ `.
  let inHunk = false;
  for (const line of diff.split('\n')) {
    const hunk = HUNK.exec(line);
    if (hunk) {
      inHunk = true;
      next = Number(hunk[1]);
    } else if (inHunk && line.startsWith('+')) added.set(next++, line.slice(1));
  }
  return added;
}

/**
 * What a merge itself added to a file that git's combined diff calls binary
 * (a `-diff` or `binary` attribute: `git log --cc` ignores `--text`): the
 * lines of the merge's version that are new against every parent, as `--cc`
 * gives for text, found by diffing the blobs. Truly binary content (a NUL in
 * the first 8 KiB) is binary; a version over `maxSize` is too large.
 */
export async function mergeAddedLines(dir: string, parentBlobs: readonly string[], resultBlob: string, maxSize: number): Promise<MergeAddedLines> {
  const [result] = await readBlobs([resultBlob], dir, maxSize);
  if (result?.kind === 'tooLarge') return { kind: 'tooLarge' };
  if (result?.kind !== 'blob') return { kind: 'missing' };
  if (looksBinary(result.content)) return { kind: 'binary' };
  const perParent = await Promise.all(parentBlobs.filter((blob) => !MISSING.test(blob)).map((blob) => addedLines(dir, blob, resultBlob)));
  const all = result.content.toString('utf8').split('\n');
  const lineNumbers = all.map((_line, index) => index + 1).filter((line) => perParent.every((added) => added.has(line)));
  return { kind: 'text', lines: lineNumbers.map((line) => all[line - 1] as string), lineNumbers };
}
