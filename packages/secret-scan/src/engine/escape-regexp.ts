/** `text` as a regular-expression literal (facts from auth-types are plain strings). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
