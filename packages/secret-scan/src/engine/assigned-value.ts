import { hasLineBreak, isLineBreak } from './line-breaks.js';

/** A value written after a name: `NAME=value`, `NAME: "value"`, `'X-Api-Key', 'value'`. */
export interface AssignedValue {
  start: number;
  end: number;
  value: string;
  quoted: boolean;
  /** What joined name and value: `=`, `:`, `,` or a blank (Dockerfile `ENV NAME value`). */
  separator: '=' | ':' | ',' | ' ';
}

export interface ReadOptions {
  /** Accept `,` as the separator (`headers.set('X-Api-Key', 'value')`). */
  comma?: boolean;
  /** Accept plain whitespace as the separator (Dockerfile `ENV NAME value`). */
  whitespace?: boolean;
}

const QUOTES = new Set(['"', "'", '`']);
// Values are read within a bounded window: credentials are short, and an unclosed quote
// on a megabyte-long minified line must not make every candidate read to the end of the text.
const MAX_VALUE_LENGTH = 4096;
// A backslash ends an unquoted value too: it starts an escape (`\n` inside a JSON string).
const UNQUOTED_VALUE = new RegExp(`[^\\s"'\`,;)}\\]\\\\]{1,${MAX_VALUE_LENGTH}}`, 'y');

function skipBlanks(text: string, at: number): number {
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

// A name closed by a backtick is Markdown inline code (`NAME`: prose), never a key in code, YAML or JSON.
const NAME_QUOTES = new Set(['"', "'"]);

/** Skips what closes the name itself: a quote (also `\"` in escaped JSON) and a `]` (`environ["NAME"]`). */
function skipNameClosers(text: string, at: number): number {
  if (text[at] === '\\' && NAME_QUOTES.has(text[at + 1] ?? '')) at += 2;
  else if (NAME_QUOTES.has(text[at] ?? '')) at++;
  if (text[at] === ']') at++;
  return at;
}

function readSeparator(text: string, at: number, options: ReadOptions): { end: number; separator: AssignedValue['separator'] } | undefined {
  const afterName = skipBlanks(text, at);
  const char = text[afterName];
  const next = text[afterName + 1];
  if (char === '=' && next !== '=' && next !== '>') return { end: afterName + 1, separator: char };
  if (char === ':' && next !== ':') return { end: afterName + 1, separator: char };
  if (char === ',' && options.comma) return { end: afterName + 1, separator: char };
  if (options.whitespace && afterName > at && char !== undefined && !isLineBreak(char)) return { end: afterName, separator: ' ' };
  return undefined;
}

function readQuoted(text: string, at: number, escaped: boolean): Omit<AssignedValue, 'separator'> | undefined {
  const quote = text[at] as string;
  const closing = escaped ? `\\${quote}` : quote;
  const valueStart = at + 1;
  const window = text.slice(valueStart, valueStart + MAX_VALUE_LENGTH + closing.length);
  const length = window.indexOf(closing);
  if (length === -1) return undefined;
  const value = window.slice(0, length);
  // A quoted value ends on its line (CR-only files included): an unclosed quote is no value.
  return hasLineBreak(value) ? undefined : { start: valueStart, end: valueStart + length, value, quoted: true };
}

/**
 * Reads the value assigned right after a name that ends at `nameEnd`, or
 * `undefined` when no value follows (a reference such as `process.env.NAME`,
 * a comparison, an empty value).
 */
export function readAssignedValue(text: string, nameEnd: number, options: ReadOptions = {}): AssignedValue | undefined {
  const separated = readSeparator(text, skipNameClosers(text, nameEnd), options);
  if (separated === undefined) return undefined;
  const { separator } = separated;
  const at = skipBlanks(text, separated.end);
  const char = text[at];
  if (char === undefined) return undefined;
  const escapedQuote = char === '\\' && QUOTES.has(text[at + 1] ?? '');
  if (escapedQuote || QUOTES.has(char)) {
    const value = readQuoted(text, escapedQuote ? at + 1 : at, escapedQuote);
    return value && value.value.length > 0 ? { ...value, separator } : undefined;
  }
  if (char === '#') return undefined;
  UNQUOTED_VALUE.lastIndex = at;
  const unquoted = UNQUOTED_VALUE.exec(text);
  return unquoted ? { start: at, end: at + unquoted[0].length, value: unquoted[0], quoted: false, separator } : undefined;
}
