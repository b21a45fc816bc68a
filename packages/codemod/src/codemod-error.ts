/** An error the CLI prints as one line with exit code 2: bad usage, a refusal, or an I/O failure. */
export class CodemodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CodemodError';
  }
}
