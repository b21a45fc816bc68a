#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { EXIT, failureLine, ignoreClosedPipes, palette, Progress, useColor } from '@optimocms/secret-scan/cli-kit';
import { parseCliArgs } from './args.js';
import { ENV_KEYS_HELP, MAIN_HELP, SCOPES_HELP } from './help.js';

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.kind === 'help') {
    process.stdout.write(args.command === 'env-keys' ? ENV_KEYS_HELP : args.command === 'scopes' ? SCOPES_HELP : MAIN_HELP);
    return EXIT.clean;
  }
  if (args.kind === 'version') {
    process.stdout.write(`${version()}\n`);
    return EXIT.clean;
  }
  const colors = palette(useColor(process.stdout));
  const cwd = process.cwd();
  if (args.kind === 'scopes') {
    const [{ runScopes }, { formatScopesText }] = await Promise.all([import('../scopes/run-scopes.js'), import('../report/scopes-text.js')]);
    const progress = new Progress(process.stderr, 'scopes');
    let report;
    try {
      report = await runScopes({ cwd, paths: args.paths, ...(args.framework === undefined ? {} : { framework: args.framework }), onProgress: progress.update });
    } finally {
      progress.finish();
    }
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatScopesText(report, colors));
    if (!report.ok) return EXIT.findings;
    if (report.incomplete) {
      // What could not be checked is never reported clean.
      const what = report.unanalysedFiles.length > 0
        ? `${report.unanalysedFiles.length} candidate file${report.unanalysedFiles.length === 1 ? '' : 's'} could not be analysed, so no scope is called unused`
        : report.declared.some((key) => key.unreadableScopes) ? 'the scopes of some declared keys could not be read statically' : 'some folders or file names could not be read';
      process.stderr.write(`optimocms-codemod: ${what}: the check is incomplete\n`);
      return EXIT.error;
    }
    return EXIT.clean;
  }
  const [{ runEnvKeys }, { formatEnvKeysText }] = await Promise.all([import('../env-keys/run-env-keys.js'), import('../report/env-keys-text.js')]);
  const progress = new Progress(process.stderr, 'env-keys');
  let report;
  try {
    report = await runEnvKeys({ cwd, paths: args.paths, write: args.write, force: args.force, ...(args.envVar === undefined ? {} : { envVar: args.envVar }), ...(args.framework === undefined ? {} : { framework: args.framework }), onProgress: progress.update });
  } finally {
    progress.finish();
  }
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatEnvKeysText(report, colors));
  const pending = report.summary.filesChanged > 0 || report.envFiles.some((change) => change.action !== 'unchanged') || report.summary.manualItems > 0;
  if (report.summary.errors > 0 || (args.check && pending)) return EXIT.findings;
  if (args.check && report.unreadableFolders.length > 0) {
    process.stderr.write(`optimocms-codemod: ${report.unreadableFolders.length} folder${report.unreadableFolders.length === 1 ? '' : 's'} could not be read: the check is incomplete\n`);
    return EXIT.error;
  }
  return EXIT.clean;
}

ignoreClosedPipes();

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // One line, never a stack trace: the message names the problem and the way out.
  process.stderr.write(failureLine('optimocms-codemod', error, "run 'optimocms-codemod --help' for usage"));
  process.exitCode = EXIT.error;
}
