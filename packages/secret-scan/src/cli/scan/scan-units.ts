import { scanText, type Match } from '../../engine/scan-text.js';
import type { SourceUnit } from '../sources/source.js';
import type { FileOutcome } from './outcome.js';
import { scanContent } from './scan-content.js';
import type { FileScanOptions } from './scan-files.js';
import type { ListedFile } from '../../cli-kit/listed-file.js';

/**
 * Git's position of an offset in history's added lines (joined with `\n`; `lineNumbers[i]` is git's
 * number of line i + 1). A diff counts lines at LF only, so an added line may hold CR or U+2028
 * breaks that the engine counts: the line is git's, the column counts from its start.
 */
function gitPositions(text: string, lineNumbers: readonly number[]): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: lineNumbers[low] ?? low + 1, column: offset - (starts[low] as number) + 1 };
  };
}

/** Text already decoded (history's added lines), its positions mapped back to the file's. */
function scanDecoded(text: string, path: string, committed: boolean, lineNumbers: readonly number[] | undefined): FileOutcome {
  const matches = scanText(text, { file: path, committed, keepSuppressed: true });
  const bytes = Buffer.byteLength(text);
  if (lineNumbers === undefined) return { kind: 'scanned', bytes, matches };
  const positionOf = gitPositions(text, lineNumbers);
  return {
    kind: 'scanned',
    bytes,
    matches: matches.map((match): Match => {
      const from = positionOf(match.start);
      const to = positionOf(match.end);
      return { ...match, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }),
  };
}

/**
 * Filter and detect for one batch of units, whatever their source: files on
 * disk go to the file scanner (the worker pool for large batches), bytes and
 * text are scanned here. Outcomes come back in the batch's order.
 */
export async function scanUnits(units: readonly SourceUnit[], options: FileScanOptions, onProgress: (done: number, total: number) => void): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(units.length);
  const files: ListedFile[] = [];
  const fileIndexes: number[] = [];
  units.forEach((unit, index) => {
    if ('skipped' in unit) outcomes[index] = { kind: 'skipped', reason: unit.skipped, ...(unit.note === undefined ? {} : { note: unit.note }) };
    else if (unit.content.kind === 'file') {
      files.push({ absolute: unit.content.absolute, path: unit.path, committed: unit.committed });
      fileIndexes.push(index);
    } else if (unit.content.kind === 'bytes') outcomes[index] = scanContent(unit.content.bytes, unit.path, unit.committed);
    else if (unit.content.kind === 'no-marker') outcomes[index] = { kind: 'scanned', bytes: unit.content.bytes, matches: [] };
    else outcomes[index] = scanDecoded(unit.content.text, unit.path, unit.committed, unit.content.lineNumbers);
  });
  if (files.length > 0) {
    // Loaded only for files on disk: the pre-commit path (index blobs) never reads one.
    const { scanFiles } = await import('./scan-files.js');
    const fileOutcomes = await scanFiles(files, options, (done) => onProgress(done, files.length));
    fileOutcomes.forEach((outcome, index) => (outcomes[fileIndexes[index] as number] = outcome));
  }
  return outcomes;
}
