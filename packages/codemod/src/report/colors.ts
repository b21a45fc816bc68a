import type { Palette } from '@optimocms/secret-scan/cli-kit';

// Colours are the shared helper's (`useColor` decides: TTY, NO_COLOR, FORCE_COLOR); only the diff colouring is the codemod's own.
export type Colors = Palette;

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

