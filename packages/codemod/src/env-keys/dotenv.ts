import { parseEnv } from 'node:util';

/** A dotenv file as name → value, read as Node reads it (`node --env-file`, `util.parseEnv`). */
export function parseDotenv(text: string): Map<string, string> {
  return new Map(Object.entries(parseEnv(text)).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

const PLAIN = /^[A-Za-z0-9_\-+/=.~:@,]*$/;

/**
 * A value as one `.env` line that Node's parser and the `dotenv` package
 * both read back unchanged, or `undefined` when no line can say it. Neither
 * parser unescapes anything but `\n` (and `\r` for dotenv) inside double
 * quotes, so the value is wrapped in a quote it does not contain: single,
 * then double (unless it holds a `\n` or `\r` sequence), then backtick.
 */
export function formatDotenvValue(value: string): string | undefined {
  if (PLAIN.test(value)) return value;
  if (/[\r\n]/.test(value)) return undefined;
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"') && !/\\[nr]/.test(value)) return `"${value}"`;
  if (!value.includes('`')) return `\`${value}\``;
  return undefined;
}

/** `text` with `lines` appended, on a line of their own. */
export function appendLines(text: string, lines: readonly string[]): string {
  if (lines.length === 0) return text;
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  return `${text}${separator}${lines.join('\n')}\n`;
}
