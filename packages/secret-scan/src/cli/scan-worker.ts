import { parentPort } from 'node:worker_threads';
import type { ReadOptions } from './read-source-file.js';
import { scanTreeFile } from './scan-tree-file.js';
import type { FileOutcome, TreeFile } from './source-file.js';

/** A batch of files for one worker, and what comes back: outcomes in the batch's order. */
export interface WorkerRequest {
  batch: number;
  files: TreeFile[];
  options: ReadOptions;
}
export interface WorkerResponse {
  batch: number;
  outcomes: FileOutcome[];
}

parentPort?.on('message', (request: WorkerRequest) => {
  const outcomes = request.files.map((file) => scanTreeFile(file, request.options));
  parentPort?.postMessage({ batch: request.batch, outcomes } satisfies WorkerResponse);
});
