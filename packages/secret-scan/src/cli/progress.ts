/** Only runs longer than this show progress. */
const DELAY_MS = 1000;
const INTERVAL_MS = 100;

/** `scanning… 1234/10000 files` on stderr, only on a TTY and only for long runs; cleared when done. */
export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number,
    private readonly enabled: boolean = stream.isTTY === true,
  ) {}

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < DELAY_MS || now - this.last < INTERVAL_MS) return;
    this.last = now;
    this.shown = true;
    this.stream.write(`\r\x1b[Kscanning… ${done}/${this.total} files`);
  }

  finish(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
  }
}
