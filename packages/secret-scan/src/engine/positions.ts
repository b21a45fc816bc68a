import { createLineBreakPattern } from './line-breaks.js';

/** 1-based line and column of an offset; columns count UTF-16 code units, as editors and ESLint do. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Converts offsets to positions in one pass over the text, so a file with
 * many findings is not re-scanned per finding. Lines end at CRLF, CR, LF,
 * U+2028 and U+2029, as in ESLint: both tools give the same line numbers.
 */
export class LineLocator {
  private readonly lineBreak = createLineBreakPattern();
  private line = 1;
  private lineStart = 0;
  /** Where the current line's break starts (the text's length on the last line). */
  private lineEnd = 0;
  /** Where the next line starts (after a two-character CRLF, one past `lineEnd` otherwise). */
  private nextLineStart = 0;

  constructor(private readonly text: string) {
    this.reset();
  }

  /** Cheap for offsets on or after the line of the previous call; an earlier offset restarts from the top. */
  locate(offset: number): Position {
    if (offset < this.lineStart) this.reset();
    // The next break is remembered, so offsets on one long line (a minified bundle) cost nothing more.
    while (this.lineEnd < this.text.length && this.nextLineStart <= offset) {
      this.line++;
      this.lineStart = this.nextLineStart;
      this.findLineEnd();
    }
    return { line: this.line, column: offset - this.lineStart + 1 };
  }

  /** The text of the line that holds `offset`, without its line break. */
  lineText(offset: number): string {
    const { start, end } = this.lineRange(offset);
    return this.text.slice(start, end);
  }

  /** Start and end (before the line break) of the line that holds `offset`. */
  lineRange(offset: number): { start: number; end: number } {
    this.locate(offset);
    return { start: this.lineStart, end: this.lineEnd };
  }

  private findLineEnd(): void {
    this.lineBreak.lastIndex = this.lineStart;
    const found = this.lineBreak.exec(this.text);
    this.lineEnd = found ? found.index : this.text.length;
    this.nextLineStart = found ? found.index + found[0].length : this.text.length + 1;
  }

  private reset(): void {
    this.line = 1;
    this.lineStart = 0;
    this.findLineEnd();
  }
}
