/** Only runs longer than this show progress: a short run never flickers. */
const DELAY_MS = 1000;
const INTERVAL_MS = 100;
const WIDTH = 24;

export interface ProgressOptions {
  /** Default: only when the stream is a TTY. */
  enabled?: boolean;
  /** The clock, for tests. */
  now?: () => number;
}

/**
 * `scanning [######------------------] 1234/10000 files` on stderr, only on
 * a TTY and only once a run has lasted a second; cleared when done.
 */
export class Progress {
  private readonly now: () => number;
  private readonly started: number;
  private readonly enabled: boolean;
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly label: string,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
    this.enabled = options.enabled ?? stream.isTTY === true;
  }

  /** An arrow function, so that it can be handed on as a callback. */
  readonly update = (done: number, total: number): void => {
    if (!this.enabled || total === 0) return;
    const now = this.now();
    if (now - this.started < DELAY_MS || now - this.last < INTERVAL_MS) return;
    this.last = now;
    this.shown = true;
    const filled = Math.round((Math.min(done, total) / total) * WIDTH);
    this.stream.write(`\r\x1b[K${this.label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} files`);
  };

  finish(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
  }
}
