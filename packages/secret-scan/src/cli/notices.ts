import { safeName } from './safe-name.js';

/** Per-file notes beyond this many are counted, not printed, so a folder of odd files cannot flood the terminal. */
const LIMIT = 20;

/** Notes for the user on stderr, one line each: `optimocms-scan: <file>: <what happened>`. */
export class Notices {
  private printed = 0;
  private hidden = 0;

  constructor(private readonly write: (line: string) => void) {}

  readonly note = (file: string, message: string): void => {
    if (this.printed >= LIMIT) {
      this.hidden++;
      return;
    }
    this.printed++;
    // One line each, whatever the name holds: control characters escaped, keys redacted.
    this.write(`optimocms-scan: ${safeName(file)}: ${safeName(message)}\n`);
  };

  /** Prints `… and N more` when notes were held back. */
  flush(): void {
    if (this.hidden > 0) this.write(`optimocms-scan: … and ${this.hidden} more notes like these\n`);
  }
}
