import { CliError } from '@optimocms/secret-scan/cli-kit';

/** An error the CLI prints as one line with exit code 2: bad usage, a refusal, or an I/O failure. The shared CLI error kind, under the codemod's public name. */
export class CodemodError extends CliError {
  constructor(message: string, kind: 'usage' | 'runtime' = 'runtime') {
    super(message, kind);
    this.name = 'CodemodError';
  }
}
