import { readSourceFile, type ReadOptions } from './read-source-file.js';
import { scanContent } from './scan-content.js';
import type { ListedFile } from '../../cli-kit/listed-file.js';
import type { FileOutcome } from './outcome.js';

/** Read, filter and detect for one file on disk: the unit of work of both the main thread and the workers. */
export function scanFile(file: ListedFile, options: ReadOptions): FileOutcome {
  const read = readSourceFile(file.absolute, options);
  return read.kind === 'read' ? scanContent(read.buffer, file.path, file.committed) : read;
}
