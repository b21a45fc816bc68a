/** ANSI styles, or identity functions when colour is off. */
export interface Palette {
  bold: (text: string) => string;
  dim: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
  green: (text: string) => string;
  cyan: (text: string) => string;
}

const style = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;
const plain = (text: string) => text;

const ANSI: Palette = { bold: style(1, 22), dim: style(2, 22), red: style(31, 39), yellow: style(33, 39), green: style(32, 39), cyan: style(36, 39) };
const PLAIN: Palette = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };

/** Colour only on a TTY; NO_COLOR (any non-empty value) turns it off, FORCE_COLOR (not `0`/`false`) on. https://no-color.org */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return stream.isTTY === true;
}

export function palette(color: boolean): Palette {
  return color ? ANSI : PLAIN;
}
