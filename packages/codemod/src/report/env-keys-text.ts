import type { EnvKeysReport } from '../env-keys/run-env-keys.js';
import { colorDiff, type Colors } from './colors.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function envFileLine(report: EnvKeysReport, colors: Colors): string[] {
  const verb = report.written ? '' : 'would ';
  return report.envFiles
    .filter((change) => change.action !== 'unchanged')
    .map((change) => {
      // A symbolic link is written through (issue #11): the line names the file that really changes.
      const through = change.symlinkTarget === undefined ? '' : ` → ${change.symlinkTarget} (symbolic link, written through)`;
      const what = change.file === '.gitignore' ? `add .env to .gitignore${through}` : `${change.action === 'create' ? 'create' : 'append to'} ${change.file}${through}${change.file === '.env' && change.action === 'create' ? ' (mode 0600)' : ''}: ${change.added.join(', ')}`;
      return `  ${colors.green('•')} ${verb}${what}`;
    });
}

/** The human report of `env-keys`: diffs, variables, env files, manual work, errors, summary. Secrets are already redacted in the report. */
export function formatEnvKeysText(report: EnvKeysReport, colors: Colors): string {
  const out: string[] = [];
  for (const file of report.files) out.push(colorDiff(file.diff.trimEnd(), colors), '');
  if (report.variables.length > 0) {
    out.push(colors.bold('Environment variables'));
    for (const variable of report.variables) {
      const where = `${plural(variable.occurrences, 'place')} in ${plural(variable.files.length, 'file')}`;
      out.push(`  ${variable.name} ← ${variable.secret} (${where}${variable.source === 'existing' ? ', already in .env' : ''})`);
    }
    out.push(...envFileLine(report, colors), '');
  }
  if (report.notes.length > 0) {
    out.push(colors.bold(colors.yellow('Notes')));
    for (const note of report.notes) out.push(`  ${colors.yellow('!')} ${note}`);
    out.push('');
  }
  if (report.manual.length > 0) {
    out.push(colors.bold(colors.yellow(`Manual work (${report.manual.length})`)));
    for (const item of report.manual) {
      out.push(`  ${item.file}:${item.line}:${item.column}  ${item.secret}  ${item.message}`, `    ${colors.dim('→')} ${item.step}`);
    }
    out.push('');
  }
  if (report.errors.length > 0) {
    out.push(colors.bold(colors.red(`Errors (${report.errors.length})`)));
    for (const error of report.errors) out.push(`  ${error.file}${error.line === undefined ? '' : `:${error.line}:${error.column ?? 1}`}  ${error.message} (left unchanged)`);
    out.push('');
  }
  const { summary } = report;
  out.push(
    `${plural(summary.filesScanned, 'file')} scanned: ${summary.filesChanged} changed, ${summary.filesUnchanged} unchanged, ${plural(summary.manualItems, 'manual item')}, ${plural(summary.errors, 'error')}.`,
  );
  const pending = summary.filesChanged > 0 || report.envFiles.some((change) => change.action !== 'unchanged');
  if (!pending) out.push('Nothing to change.');
  else if (report.written) out.push(colors.green('Changes written. Rotate every moved key: it is still in your git history.'));
  else out.push(`Dry run: nothing written. Run again with ${colors.bold('--write')} to apply.`);
  return `${out.join('\n')}\n`;
}
