import { decodeJsxEntities } from './jsx-entities.js';

/** Escapes a value for the raw text of a template literal: backslashes, backticks, `${` and CR (a template reads a raw CR as LF). */
function escapeValueForTemplate(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${').replaceAll('\r', '\\r');
}

/**
 * Rewrites part of a quoted string literal's raw text as template-literal
 * raw text with the same value, keeping its escapes as written; only a
 * backtick and `${` need escaping. `undefined` where no template can say
 * the same: legacy octal escapes and `\8`/`\9` (a syntax error in a
 * template), or a part that ends inside an escape.
 */
export function stringPartAsTemplate(raw: string): string | undefined {
  let out = '';
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index] as string;
    if (char === '\\') {
      const next = raw[index + 1];
      if (next === undefined) return undefined;
      if (/[1-9]/.test(next) || (next === '0' && /[0-9]/.test(raw[index + 2] ?? ''))) return undefined;
      out += char + next;
      index++;
    } else if (char === '`') {
      out += '\\`';
    } else if (char === '$' && raw[index + 1] === '{') {
      out += '\\$';
    } else {
      out += char;
    }
  }
  return out;
}

/** Rewrites part of a JSX attribute string as template raw text with the same value (its entities decoded), or `undefined`. */
export function jsxPartAsTemplate(raw: string): string | undefined {
  const value = decodeJsxEntities(raw);
  return value === undefined ? undefined : escapeValueForTemplate(value);
}
