#!/usr/bin/env node
// The `optimocms-scan` binary: parse, run, map every failure to one line and an exit code.
import { parseArgs } from './args.js';
import { CliError, EXIT, oneLine } from './cli-error.js';

async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      const { HELP_TEXT } = await import('./help-text.js');
      process.stdout.write(HELP_TEXT);
      return EXIT.clean;
    }
    if (options.version) {
      const { packageVersion } = await import('./version.js');
      process.stdout.write(`${packageVersion()}\n`);
      return EXIT.clean;
    }
    const { runScan } = await import('./scan-command.js');
    return await runScan(options, { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
  } catch (error) {
    if (error instanceof CliError) {
      const { USAGE_HINT } = await import('./help-text.js');
      process.stderr.write(`optimocms-scan: ${error.message}${error.kind === 'usage' ? ` (${USAGE_HINT})` : ''}\n`);
    } else {
      process.stderr.write(`optimocms-scan: unexpected error: ${oneLine(error)}\n`);
    }
    return EXIT.error;
  }
}

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await main(process.argv.slice(2));
