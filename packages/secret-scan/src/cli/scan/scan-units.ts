import { scanText, type Match } from '../../engine/scan-text.js';
import type { SourceUnit } from '../sources/source.js';
import type { FileOutcome } from './outcome.js';
import { scanContent } from './scan-content.js';
import { scanFiles, type FileScanOptions } from './scan-files.js';
import type { ListedFile } from '../../cli-kit/listed-file.js';

/** Text already decoded (history's added lines), its line numbers mapped back to the file's. */
function scanDecoded(text: string, path: string, committed: boolean, lineNumbers: readonly number[] | undefined): FileOutcome {
  const matches = scanText(text, { file: path, committed, keepSuppressed: true });
  const bytes = Buffer.byteLength(text);
  if (lineNumbers === undefined) return { kind: 'scanned', bytes, matches };
  const lineOf = (line: number) => lineNumbers[line - 1] ?? line;
  return { kind: 'scanned', bytes, matches: matches.map((match): Match => ({ ...match, line: lineOf(match.line), endLine: lineOf(match.endLine) })) };
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
    else outcomes[index] = scanDecoded(unit.content.text, unit.path, unit.committed, unit.content.lineNumbers);
  });
  if (files.length > 0) {
    const fileOutcomes = await scanFiles(files, options, (done) => onProgress(done, files.length));
    fileOutcomes.forEach((outcome, index) => (outcomes[fileIndexes[index] as number] = outcome));
  }
  return outcomes;
}
