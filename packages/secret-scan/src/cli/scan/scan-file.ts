import { readSourceFile, type ReadOptions } from './read-source-file.js';
import { scanContent } from './scan-content.js';
import type { ListedFile } from '../../cli-kit/listed-file.js';
import type { FileOutcome } from './outcome.js';
import type { ArtefactDetector } from '../artefact/scan-artefact.js';

export interface ScanFileOptions extends ReadOptions {
  /** --bundle, --pack: the artefact detector instead of the engine's rules (loaded with loadArtefactScanner first). */
  detector?: ArtefactDetector;
}

let scanArtefact: typeof import('../artefact/scan-artefact.js').scanArtefact | undefined;

/** Loads the artefact detector on this thread; plain scans never load it (nor the source-map library). */
export async function loadArtefactScanner(): Promise<void> {
  scanArtefact ??= (await import('../artefact/scan-artefact.js')).scanArtefact;
}

/** Read, filter and detect for one file on disk: the unit of work of both the main thread and the workers. */
export function scanFile(file: ListedFile, options: ScanFileOptions): FileOutcome {
  const read = readSourceFile(file.absolute, options);
  if (read.kind !== 'read') return read;
  if (options.detector === undefined) return scanContent(read.buffer, file.path, file.committed);
  if (scanArtefact === undefined) throw new Error('loadArtefactScanner() must run before an artefact scan');
  return scanArtefact(read.buffer, file.absolute, file.path, options.detector);
}
