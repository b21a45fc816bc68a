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

const bootFailures = new WeakMap<Worker, Error>();

/**
 * Starts `count` scan workers now. A worker takes tens of milliseconds to
 * boot (a fresh V8 isolate loading the engine): started before the files are
 * listed, it is ready when they are, instead of the main thread scanning
 * alone meanwhile. Unreferenced: until a pool takes it, it keeps no run alive.
 */
export function bootWorkers(count: number): Worker[] {
  return Array.from({ length: count }, () => {
    const worker = new Worker(new URL('./scan-worker.js', import.meta.url));
    // A failure before a pool listens (the worker could not load) is kept for the pool to report.
    worker.once('error', (error) => bootFailures.set(worker, error));
    worker.unref();
    return worker;
  });
}

/**
 * Scans files on `threads` threads: the main thread plus `threads - 1`
 * workers (those in `booted` first), each taking the next batch of paths;
 * the main thread starts at once. Outcomes land in the input's order, so the
 * result does not depend on which thread was faster.
 */
export async function scanOnPool(files: readonly ListedFile[], options: ScanFileOptions, threads: number, onProgress: (done: number) => void, booted: readonly Worker[] = []): Promise<FileOutcome[]> {
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

  const wanted = Math.max(1, Math.min(threads - 1, batches - 1));
  const pool = [...booted.slice(0, wanted), ...bootWorkers(Math.max(0, wanted - booted.length))];
  const spare = booted.slice(wanted);
  // Referenced while scanning: the run waits for their batches.
  for (const worker of pool) worker.ref();
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
        const fail = (error: unknown) => reject(new CliError(`scan worker failed: ${oneLine(error)}`));
        worker.on('error', fail);
        const early = bootFailures.get(worker);
        if (early) return fail(early);
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
    await Promise.all([...pool, ...spare].map((worker) => worker.terminate()));
  }
  return outcomes;
}
