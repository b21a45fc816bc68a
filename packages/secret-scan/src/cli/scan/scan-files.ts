import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { loadArtefactScanner, scanFile, type ScanFileOptions } from './scan-file.js';
import type { ListedFile } from '../../cli-kit/listed-file.js';
import type { FileOutcome } from './outcome.js';

/** Below this many files, starting workers costs more than it saves. */
export const POOL_THRESHOLD = 500;

export interface FileScanOptions extends ScanFileOptions {
  /** Threads to use (the main thread included); undefined: one per core for large lists, only the main thread for small ones. */
  jobs?: number;
  /** Workers the caller booted ahead (while listing): the pool uses them, a main-thread scan terminates them. */
  booted?: readonly Worker[];
}

/** Scans files on disk, on the main thread for small lists and on a worker pool for large ones. */
export async function scanFiles(files: readonly ListedFile[], options: FileScanOptions, onProgress: (done: number) => void): Promise<FileOutcome[]> {
  const read: ScanFileOptions = { maxFileSize: options.maxFileSize, followSymlinks: options.followSymlinks, ...(options.detector ? { detector: options.detector } : {}) };
  if (options.detector) await loadArtefactScanner();
  const workers = options.jobs ?? (files.length > POOL_THRESHOLD ? availableParallelism() : 1);
  if (workers > 1 && files.length > 1) {
    const { scanOnPool } = await import('./scan-pool.js');
    return scanOnPool(files, read, workers, onProgress, options.booted);
  }
  // Not awaited: the scan need not wait for a worker to finish booting in order to stop it (runScan awaits the end).
  for (const worker of options.booted ?? []) void worker.terminate();
  return files.map((file, index) => {
    const outcome = scanFile(file, read);
    if (index % 256 === 0) onProgress(index);
    return outcome;
  });
}
