/** Exit codes: a public contract shared by every OptimoCMS CLI and every mode. */
export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

/**
 * An error the user can act on: printed as one line (`optimocms-scan: …`),
 * never with a stack trace, exit 2. `usage` errors also point at `--help`.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly kind: 'usage' | 'runtime' = 'runtime',
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The message of any thrown value, on one line. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * The line a CLI prints for a failure: `program: message`, a pointer to
 * `--help` for usage errors, and `unexpected error:` for anything that is not
 * a {@link CliError} (a bug), still on one line.
 */
export function failureLine(program: string, error: unknown, usageHint?: string): string {
  if (!(error instanceof CliError)) return `${program}: unexpected error: ${oneLine(error)}\n`;
  const hint = error.kind === 'usage' && usageHint !== undefined ? ` (${usageHint})` : '';
  return `${program}: ${oneLine(error)}${hint}\n`;
}
