/** ANSI styles, or identity functions when colour is off. */
export interface Colors {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const style = (open: number, close: number) => (text: string) => `\u001B[${open}m${text}\u001B[${close}m`;

export const ANSI: Colors = { red: style(31, 39), green: style(32, 39), yellow: style(33, 39), cyan: style(36, 39), bold: style(1, 22), dim: style(2, 22) };
const plain = (text: string) => text;
export const PLAIN: Colors = { red: plain, green: plain, yellow: plain, cyan: plain, bold: plain, dim: plain };

/** Colour only on a terminal; `NO_COLOR` (any value) turns it off, `FORCE_COLOR` (not `0`) on. */
export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  return stream.isTTY === true;
}

/** Colours a unified diff line by line. */
export function colorDiff(diff: string, colors: Colors): string {
  return diff
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return colors.bold(line);
      if (line.startsWith('@@')) return colors.cyan(line);
      if (line.startsWith('+')) return colors.green(line);
      if (line.startsWith('-')) return colors.red(line);
      return line;
    })
    .join('\n');
}
