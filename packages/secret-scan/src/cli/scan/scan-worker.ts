import { parentPort } from 'node:worker_threads';
import { loadArtefactScanner, scanFile, type ScanFileOptions } from './scan-file.js';
import type { ListedFile } from '../../cli-kit/listed-file.js';
import type { FileOutcome } from './outcome.js';

/** A batch of files for one worker, and what comes back: outcomes in the batch's order. */
export interface WorkerRequest {
  batch: number;
  files: ListedFile[];
  options: ScanFileOptions;
}
export interface WorkerResponse {
  batch: number;
  outcomes: FileOutcome[];
}

parentPort?.on('message', async (request: WorkerRequest) => {
  if (request.options.detector) await loadArtefactScanner();
  const outcomes = request.files.map((file) => scanFile(file, request.options));
  parentPort?.postMessage({ batch: request.batch, outcomes } satisfies WorkerResponse);
});
