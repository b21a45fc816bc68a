import { findKeyTokens, isPlaceholder, redact } from '@optimocms/secret-scan';
import { createTwoFilesPatch } from 'diff';

/**
 * The text with every key token (placeholders aside) and every given secret
 * replaced by its redacted form, so that a diff never shows a secret.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let result = '';
  let cursor = 0;
  for (const token of findKeyTokens(text)) {
    if (isPlaceholder(token.value)) continue;
    result += text.slice(cursor, token.start) + redact(token.value);
    cursor = token.end;
  }
  result += text.slice(cursor);
  for (const secret of secrets) if (secret !== '') result = result.replaceAll(secret, redact(secret));
  return result;
}

/** A unified diff of one file (`--- a/file`, `+++ b/file`), secrets redacted on both sides. */
export function redactedUnifiedDiff(file: string, before: string, after: string, secrets: readonly string[] = []): string {
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, redactSecrets(before, secrets), redactSecrets(after, secrets), undefined, undefined, { context: 3 });
  // jsdiff starts with an `Index:` / `===` banner; git-style output starts at `---`.
  const start = patch.indexOf('--- ');
  return start === -1 ? patch : patch.slice(start);
}
