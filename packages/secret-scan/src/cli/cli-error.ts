/** Exit codes: a public contract, shared by every mode. */
export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

/**
 * An error the user can act on: printed as one line (`optimocms-scan: …`),
 * never with a stack trace. `usage` errors also point at `--help`.
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
