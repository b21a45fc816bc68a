/** 1-based line and column of an offset; columns count UTF-16 code units, as editors and ESLint do. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Converts ascending offsets to positions in one pass over the text, so a
 * file with many findings is not re-scanned per finding.
 */
export class LineLocator {
  private line = 1;
  private lineStart = 0;
  private scanned = 0;

  constructor(private readonly text: string) {}

  /** Offsets must not decrease between calls. */
  locate(offset: number): Position {
    if (offset < this.scanned) this.reset();
    for (let newline = this.text.indexOf('\n', this.scanned); newline !== -1 && newline < offset; newline = this.text.indexOf('\n', newline + 1)) {
      this.line++;
      this.lineStart = newline + 1;
    }
    this.scanned = offset;
    return { line: this.line, column: offset - this.lineStart + 1 };
  }

  /** The text of the line that holds `offset`, without its line break. */
  lineText(offset: number): string {
    const start = this.text.lastIndexOf('\n', offset - 1) + 1;
    const newline = this.text.indexOf('\n', offset);
    const end = newline === -1 ? this.text.length : newline;
    return this.text.slice(start, this.text[end - 1] === '\r' ? end - 1 : end);
  }

  private reset(): void {
    this.line = 1;
    this.lineStart = 0;
    this.scanned = 0;
  }
}
