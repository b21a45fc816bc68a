/** A value written after a name: `NAME=value`, `NAME: "value"`, `'X-Api-Key', 'value'`. */
export interface AssignedValue {
  start: number;
  end: number;
  value: string;
  quoted: boolean;
}

export interface ReadOptions {
  /** Accept `,` as the separator (`headers.set('X-Api-Key', 'value')`). */
  comma?: boolean;
  /** Accept plain whitespace as the separator (Dockerfile `ENV NAME value`). */
  whitespace?: boolean;
}

const QUOTES = new Set(['"', "'", '`']);
const UNQUOTED_END = /[\s"'`,;)}\]]/;

function skipBlanks(text: string, at: number): number {
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

/** Skips what closes the name itself: a quote (also `\"` in escaped JSON) and a `]` (`environ["NAME"]`). */
function skipNameClosers(text: string, at: number): number {
  if (text[at] === '\\' && QUOTES.has(text[at + 1] ?? '')) at += 2;
  else if (QUOTES.has(text[at] ?? '')) at++;
  if (text[at] === ']') at++;
  return at;
}

function readSeparator(text: string, at: number, options: ReadOptions): number | undefined {
  const afterName = skipBlanks(text, at);
  const char = text[afterName];
  const next = text[afterName + 1];
  if (char === '=' && next !== '=' && next !== '>') return afterName + 1;
  if (char === ':' && next !== ':') return afterName + 1;
  if (char === ',' && options.comma) return afterName + 1;
  if (options.whitespace && afterName > at && char !== undefined && char !== '\n' && char !== '\r') return afterName;
  return undefined;
}

function readQuoted(text: string, at: number, escaped: boolean): AssignedValue | undefined {
  const quote = text[at] as string;
  const closing = escaped ? `\\${quote}` : quote;
  const valueStart = at + 1;
  const end = text.indexOf(closing, valueStart);
  const newline = text.indexOf('\n', valueStart);
  if (end === -1 || (newline !== -1 && newline < end)) return undefined;
  return { start: valueStart, end, value: text.slice(valueStart, end), quoted: true };
}

/**
 * Reads the value assigned right after a name that ends at `nameEnd`, or
 * `undefined` when no value follows (a reference such as `process.env.NAME`,
 * a comparison, an empty value).
 */
export function readAssignedValue(text: string, nameEnd: number, options: ReadOptions = {}): AssignedValue | undefined {
  const separatorEnd = readSeparator(text, skipNameClosers(text, nameEnd), options);
  if (separatorEnd === undefined) return undefined;
  const at = skipBlanks(text, separatorEnd);
  const char = text[at];
  if (char === undefined) return undefined;
  const escapedQuote = char === '\\' && QUOTES.has(text[at + 1] ?? '');
  if (escapedQuote || QUOTES.has(char)) {
    const value = readQuoted(text, escapedQuote ? at + 1 : at, escapedQuote);
    return value && value.value.length > 0 ? value : undefined;
  }
  let end = at;
  while (end < text.length && !UNQUOTED_END.test(text[end] as string)) end++;
  if (end === at || text[at] === '#') return undefined;
  return { start: at, end, value: text.slice(at, end), quoted: false };
}
