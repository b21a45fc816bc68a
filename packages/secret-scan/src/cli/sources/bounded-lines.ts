/**
 * Splits a byte stream into lines at LF and decodes each as UTF-8 (an LF byte
 * is never part of a multi-byte character, so each line decodes on its own).
 * A line longer than `cap` bytes is not held: the first `cap` bytes are
 * kept, the rest only counted, so memory stays bounded by `cap` however long
 * a line runs (a 250 MB minified file is one line).
 */
export class BoundedLines {
  private pending: Buffer[] = [];
  private pendingLength = 0;

  constructor(
    private readonly cap: number,
    /** `length` is the line's full length in bytes; `truncated` when only its first `cap` bytes are in `line`. */
    private readonly onLine: (line: string, length: number, truncated: boolean) => void,
  ) {}

  write(chunk: Buffer): void {
    let start = 0;
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
      if (this.pendingLength === 0) this.onLine(chunk.toString('utf8', start, newline), newline - start, false);
      else {
        this.keep(chunk.subarray(start, newline));
        this.emit();
      }
      start = newline + 1;
    }
    if (start < chunk.length) this.keep(chunk.subarray(start));
  }

  end(): void {
    if (this.pendingLength > 0) this.emit();
  }

  private keep(part: Buffer): void {
    const held = Math.min(this.pendingLength, this.cap);
    // Copied: the stream may reuse the chunk's memory.
    if (held < this.cap) this.pending.push(Buffer.from(part.subarray(0, this.cap - held)));
    this.pendingLength += part.length;
  }

  private emit(): void {
    const length = this.pendingLength;
    this.onLine(Buffer.concat(this.pending).toString('utf8'), length, length > this.cap);
    this.pending = [];
    this.pendingLength = 0;
  }
}
