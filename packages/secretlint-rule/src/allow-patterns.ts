import { escapeRegExp } from '@optimocms/secret-scan';

/**
 * secretlint's `allows` option: "RegExp-like strings" as @textlint/regexp-string-matcher
 * defines them. `"/pattern/flags"` is a regular expression (the `g` and `u` flags are always
 * added); any other string matches itself literally. A key is allowed when a pattern matches
 * anywhere in it, as in secretlint's own rules.
 */
const REGEXP_LITERAL = /^\/(.+)\/([dgimsuy]*)$/;
const DEFAULT_FLAGS = 'gu';

/** Compiles one allow pattern; throws a one-line error naming the pattern when it is not valid. */
export function compileAllowPattern(pattern: string): RegExp {
  if (pattern.length === 0) throw new Error('@optimocms/secretlint-rule-api-key: an empty string is not an allow pattern');
  const literal = REGEXP_LITERAL.exec(pattern);
  if (!literal) return new RegExp(escapeRegExp(pattern), DEFAULT_FLAGS);
  const flags = [...new Set(`${literal[2] ?? ''}${DEFAULT_FLAGS}`)].join('');
  try {
    return new RegExp(literal[1] ?? '', flags);
  } catch (error) {
    throw new Error(`@optimocms/secretlint-rule-api-key: allow pattern ${pattern} is not a valid regular expression (${(error as Error).message})`, { cause: error });
  }
}

/** A matcher for a list of allow patterns, compiled once per rule instance. */
export function createAllowMatcher(patterns: readonly string[]): (value: string) => boolean {
  const compiled = patterns.map(compileAllowPattern);
  return (value) =>
    compiled.some((pattern) => {
      pattern.lastIndex = 0;
      return pattern.test(value);
    });
}
