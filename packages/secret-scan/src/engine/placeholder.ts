import { KEY_PREFIXES } from '@optimocms/auth-types';

/**
 * Words that mark a value as plainly not a secret. Long words cannot occur by
 * chance in a random key body; short ones (1 random body in ~30,000 holds one
 * somewhere) count only where a person writes them: at the start, or with "key".
 */
const LONG_WORD = /example|placeholder|redacted|changeme|sample|notreal|replace|insert|dummy/i;
const SHORT_WORD = 'your|fake|test|mock';
const SHORT_WORD_AS_WRITTEN = new RegExp(`^(?:${SHORT_WORD})|(?:${SHORT_WORD}).*key|key.*(?:${SHORT_WORD})`, 'i');
const REPEATED_CHARACTER = /^(.)\1*$/s;
const X_RUN = /x{6,}|\*{3,}|\.{3}|…|<[^>]*>/i;

/** True when every character is the previous one plus one (`123456789012`, `abcdefghijkl`). */
function isSequential(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const step = text.charCodeAt(i) - text.charCodeAt(i - 1);
    if (step !== 1 && !(text[i - 1] === '9' && text[i] === '0')) return false;
  }
  return true;
}

function stripKeyPrefix(value: string): string {
  for (const prefix of Object.values(KEY_PREFIXES)) {
    if (value.startsWith(prefix)) return value.slice(prefix.length);
  }
  return value;
}

/**
 * True when a value (a whole key, or any credential-like literal) is plainly
 * not a secret: one repeated character, an `x`/`X` run, a sequence, or a word
 * such as your, example, placeholder, dummy, fake, redacted, changeme, sample
 * or test. The guide's documented example (the live prefix, then `abc123def456`) is NOT a
 * placeholder: the guide shows it as a hardcoded key.
 */
export function isPlaceholder(value: string): boolean {
  const body = stripKeyPrefix(value);
  if (body.length === 0) return true;
  return (
    REPEATED_CHARACTER.test(body) ||
    X_RUN.test(body) ||
    LONG_WORD.test(body) ||
    SHORT_WORD_AS_WRITTEN.test(body) ||
    (body.length >= 8 && isSequential(body))
  );
}
