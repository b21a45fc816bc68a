#!/usr/bin/env node
// The `optimocms-scan` binary: parse, run, map every failure to one line and an exit code.
import { parseArgs } from './args.js';
import { CliError, EXIT, failureLine } from '../cli-kit/cli-error.js';
import { ignoreClosedPipes } from '../cli-kit/closed-pipe.js';

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
    const usage = error instanceof CliError && error.kind === 'usage';
    // A path in the message (an argument, a file that failed) is shown as every output shows names.
    const { safeName } = await import('./safe-name.js');
    process.stderr.write(`${safeName(failureLine('optimocms-scan', error, usage ? (await import('./help-text.js')).USAGE_HINT : undefined).trimEnd())}\n`);
    return EXIT.error;
  }
}

ignoreClosedPipes();

process.exitCode = await main(process.argv.slice(2));
