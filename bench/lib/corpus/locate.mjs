// Where a planted key sits in a file's text: 1-based line and column, as every tool reports it.

export function locate(content, key) {
  const offset = content.indexOf(key);
  if (offset < 0 || content.indexOf(key, offset + 1) >= 0) throw new Error('planted key must occur exactly once');
  const before = content.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column, offset };
}
