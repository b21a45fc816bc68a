/**
 * `text` as a regular-expression literal (facts from auth-types are plain strings). Valid with and
 * without the `u` flag: `-` becomes `\x2d`, since the `u` flag refuses `\-` outside a class.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '\\x2d');
}
