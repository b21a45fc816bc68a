/**
 * Line terminators exactly as ESLint and ECMAScript count them: CRLF, CR, LF,
 * U+2028 and U+2029. One definition, so the scanner, the ESLint plugin and the
 * codemod give the same line numbers, and a CR-only file is not one long line.
 */
export const LINE_BREAK_CHARACTERS = '\\r\\n\\u2028\\u2029';

/** A fresh global pattern for line breaks (`lastIndex` is state: one per caller). */
export function createLineBreakPattern(): RegExp {
  return new RegExp(`\\r\\n|[${LINE_BREAK_CHARACTERS}]`, 'g');
}

const LINE_BREAK = new RegExp(`[${LINE_BREAK_CHARACTERS}]`);

/** True when `text` holds a line terminator. */
export function hasLineBreak(text: string): boolean {
  return LINE_BREAK.test(text);
}

/** True when `char` is a line terminator (the `\r` of CRLF included). */
export function isLineBreak(char: string | undefined): boolean {
  return char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029';
}
