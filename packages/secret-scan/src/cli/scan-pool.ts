import { Worker } from 'node:worker_threads';
import { CliError, oneLine } from './cli-error.js';
import type { ReadOptions } from './read-source-file.js';
import type { WorkerRequest, WorkerResponse } from './scan-worker.js';
import type { FileOutcome, TreeFile } from './source-file.js';

// Small enough to balance the load across workers, large enough that messages cost little next to reading.
const BATCH_SIZE = 64;

/**
 * Scans files on a pool of worker threads, each taking the next batch of
 * paths when it finishes one; outcomes come back in the input's order, so
 * the result does not depend on which worker was faster.
 */
export async function scanOnPool(files: readonly TreeFile[], options: ReadOptions, workers: number, onProgress: (done: number) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length);
  const batches = Math.ceil(files.length / BATCH_SIZE);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: Math.min(workers, batches) }, () => new Worker(new URL('./scan-worker.js', import.meta.url)));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches) return resolve();
              const batch = next++;
              worker.postMessage({ batch, files: files.slice(batch * BATCH_SIZE, (batch + 1) * BATCH_SIZE), options } satisfies WorkerRequest);
            };
            worker.on('message', (response: WorkerResponse) => {
              response.outcomes.forEach((outcome, index) => (outcomes[response.batch * BATCH_SIZE + index] = outcome));
              done += response.outcomes.length;
              onProgress(done);
              send();
            });
            worker.on('error', (error) => reject(new CliError(`scan worker failed: ${oneLine(error)}`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return outcomes;
}
