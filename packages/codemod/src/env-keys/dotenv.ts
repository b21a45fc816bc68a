/** A dotenv file as name → value (the last assignment wins, as dotenv does). */
export function parseDotenv(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    entries.set(match[1] as string, unquote((match[2] as string).trim()));
  }
  return entries;
}

function unquote(raw: string): string {
  const quote = raw[0];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = raw.indexOf(quote, 1);
    if (close !== -1) return raw.slice(1, close);
  }
  // An unquoted value ends at ` #` (an inline comment).
  const comment = raw.search(/\s#/);
  return (comment === -1 ? raw : raw.slice(0, comment)).trim();
}

/** A value as dotenv reads it back unchanged: quoted only when it has to be. */
export function formatDotenvValue(value: string): string {
  return /^[A-Za-z0-9_\-+/=.~:@,]*$/.test(value) ? value : `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** `text` with `lines` appended, on a line of their own. */
export function appendLines(text: string, lines: readonly string[]): string {
  if (lines.length === 0) return text;
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  return `${text}${separator}${lines.join('\n')}\n`;
}
