import { Worker } from 'node:worker_threads';
import { CliError, oneLine } from '../../cli-kit/cli-error.js';
import type { WorkerRequest, WorkerResponse } from './scan-worker.js';
import { scanFile, type ScanFileOptions } from './scan-file.js';
import type { ListedFile } from '../../cli-kit/listed-file.js';
import type { FileOutcome } from './outcome.js';

// Small enough to balance the load, large enough that messages cost little next to reading the files.
const BATCH_SIZE = 128;
// Batches queued per worker, so that a worker never waits for the main thread between two batches.
const IN_FLIGHT = 2;

/**
 * Scans files on `threads` threads: the main thread plus `threads - 1`
 * workers, each taking the next batch of paths; the main thread starts at
 * once while the workers boot. Outcomes land in the input's order, so the
 * result does not depend on which thread was faster.
 */
export async function scanOnPool(files: readonly ListedFile[], options: ScanFileOptions, threads: number, onProgress: (done: number) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length);
  const batches = Math.ceil(files.length / BATCH_SIZE);
  let next = 0;
  let done = 0;
  const take = (): number | undefined => (next < batches ? next++ : undefined);
  const store = (batch: number, results: readonly FileOutcome[]) => {
    results.forEach((outcome, index) => (outcomes[batch * BATCH_SIZE + index] = outcome));
    done += results.length;
    onProgress(done);
  };
  const slice = (batch: number) => files.slice(batch * BATCH_SIZE, (batch + 1) * BATCH_SIZE);

  const pool = Array.from({ length: Math.max(1, Math.min(threads - 1, batches - 1)) }, () => new Worker(new URL('./scan-worker.js', import.meta.url)));
  const workersDone = pool.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        let pending = 0;
        const send = () => {
          const batch = take();
          if (batch === undefined) return;
          pending++;
          worker.postMessage({ batch, files: slice(batch), options } satisfies WorkerRequest);
        };
        worker.on('message', (response: WorkerResponse) => {
          pending--;
          store(response.batch, response.outcomes);
          send();
          if (pending === 0) resolve();
        });
        worker.on('error', (error) => reject(new CliError(`scan worker failed: ${oneLine(error)}`)));
        for (let i = 0; i < IN_FLIGHT; i++) send();
        if (pending === 0) resolve();
      }),
  );
  // The main thread scans too, one batch per turn of the event loop so that worker results keep flowing.
  const mainDone = new Promise<void>((resolve) => {
    const step = () => {
      const batch = take();
      if (batch === undefined) return resolve();
      store(batch, slice(batch).map((file) => scanFile(file, options)));
      setImmediate(step);
    };
    step();
  });
  try {
    await Promise.all([mainDone, ...workersDone]);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return outcomes;
}
