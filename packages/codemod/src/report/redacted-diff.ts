import { findKeyTokens, isPlaceholder, redact, scanText } from '@optimocms/secret-scan';
import { createTwoFilesPatch } from 'diff';

/**
 * The text with every secret in its redacted form: what the scanner's engine
 * reports (key tokens, generic key assignments, public env exposures), every
 * key token (placeholders aside), and every secret given (secrets of unknown
 * format that the run found by position). `file` lets the engine apply the
 * rules of that kind of file, as the scanner does.
 */
export function redactSecrets(text: string, secrets: readonly string[] = [], file?: string): string {
  const ranges = [
    ...findKeyTokens(text).filter((token) => !isPlaceholder(token.value)),
    // Allowed lines too: the scanner may stay quiet about them, printed output must still not show them.
    ...scanText(text, { ...(file === undefined ? {} : { file }), inlineAllow: false }),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  let result = '';
  let cursor = 0;
  for (const { start, end } of ranges) {
    if (start < cursor) continue;
    result += text.slice(cursor, start) + redact(text.slice(start, end));
    cursor = end;
  }
  result += text.slice(cursor);
  for (const secret of secrets) if (secret !== '') result = result.replaceAll(secret, redact(secret));
  return result;
}

/** A unified diff of one file (`--- a/file`, `+++ b/file`), secrets redacted on both sides, context lines included. */
export function redactedUnifiedDiff(file: string, before: string, after: string, secrets: readonly string[] = []): string {
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, redactSecrets(before, secrets, file), redactSecrets(after, secrets, file), undefined, undefined, { context: 3 });
  // jsdiff starts with an `Index:` / `===` banner; git-style output starts at `---`.
  const start = patch.indexOf('--- ');
  return start === -1 ? patch : patch.slice(start);
}

/**
 * A report with every string in it redacted: notes, error messages (a parse
 * error can quote a key), manual items, calls, diffs. What `--json` and the
 * text report print comes from here, so nothing reaches the terminal unredacted.
 */
export function redactStrings<T>(value: T, secrets: readonly string[] = []): T {
  if (typeof value === 'string') return redactSecrets(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactStrings(item, secrets)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, secrets)])) as T;
  }
  return value;
}
