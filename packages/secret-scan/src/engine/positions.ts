/** 1-based line and column of an offset; columns count UTF-16 code units, as editors and ESLint do. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Converts offsets to positions in one pass over the text, so a file with
 * many findings is not re-scanned per finding. Lines end at `\n` (a CRLF
 * line's `\r` is its last character, as in git and most tools).
 */
export class LineLocator {
  private line = 1;
  private lineStart = 0;
  /** The `\n` that ends the current line, or -1 on the last line. */
  private lineEnd: number;

  constructor(private readonly text: string) {
    this.lineEnd = text.indexOf('\n');
  }

  /** Cheap for offsets on or after the line of the previous call; an earlier offset restarts from the top. */
  locate(offset: number): Position {
    if (offset < this.lineStart) this.reset();
    // The next newline is remembered, so offsets on one long line (a minified bundle) cost nothing more.
    while (this.lineEnd !== -1 && this.lineEnd < offset) {
      this.line++;
      this.lineStart = this.lineEnd + 1;
      this.lineEnd = this.text.indexOf('\n', this.lineStart);
    }
    return { line: this.line, column: offset - this.lineStart + 1 };
  }

  /** The text of the line that holds `offset`, without its line break. */
  lineText(offset: number): string {
    this.locate(offset);
    const end = this.lineEnd === -1 ? this.text.length : this.lineEnd;
    return this.text.slice(this.lineStart, this.text[end - 1] === '\r' ? end - 1 : end);
  }

  private reset(): void {
    this.line = 1;
    this.lineStart = 0;
    this.lineEnd = this.text.indexOf('\n');
  }
}
