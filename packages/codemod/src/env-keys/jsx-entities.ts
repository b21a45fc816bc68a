/** The named entities JSX authors write in attribute strings; any other name is left to a human rather than guessed. */
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

const ENTITY = /&(?:#(\d{1,7})|#x([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]*));/g;

/**
 * The value of a JSX attribute string's raw text: JSX decodes HTML entities
 * there (`"a &amp; b"` is `a & b`), and nothing else (a backslash is a
 * backslash). `undefined` for a named entity outside the table above.
 */
export function decodeJsxEntities(raw: string): string | undefined {
  let unknown = false;
  const value = raw.replace(ENTITY, (entity, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      const named = NAMED[name];
      if (named === undefined) unknown = true;
      return named ?? entity;
    }
    const codePoint = decimal === undefined ? Number.parseInt(hex as string, 16) : Number.parseInt(decimal, 10);
    if (codePoint > 0x10ffff) {
      unknown = true;
      return entity;
    }
    return String.fromCodePoint(codePoint);
  });
  return unknown ? undefined : value;
}
