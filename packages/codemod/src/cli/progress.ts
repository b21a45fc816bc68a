/** Files below which a run is too short to deserve a progress bar. */
const MIN_FILES = 500;
const WIDTH = 24;
const INTERVAL_MS = 100;

/** A progress bar on stderr, only on a terminal and only for long runs; a no-op elsewhere. */
export function createProgress(stream: NodeJS.WriteStream, label: string): { update(done: number, total: number): void; done(): void } {
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      if (!stream.isTTY || total < MIN_FILES) return;
      const now = Date.now();
      if (now - last < INTERVAL_MS && done < total) return;
      last = now;
      const filled = Math.round((done / total) * WIDTH);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} files`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\u001B[2K');
    },
  };
}
