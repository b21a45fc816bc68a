import { AUTH_ERRORS } from '@optimocms/auth-types';
import type { KeyComparison } from '../scopes/compare-keys.js';
import type { ScopesReport } from '../scopes/run-scopes.js';
import type { Colors } from './colors.js';

const at = (site: { file: string; line: number; column: number }) => `${site.file}:${site.line}:${site.column}`;

/** `ok` only for a key whose whole scope list was read and matches; `unknown` when part of it could not be read. */
function verdictOf(key: KeyComparison, colors: Colors): string {
  if (key.status === 'not-compared') return colors.dim('not compared');
  if (key.overBroad.length > 0 || key.missing.length > 0) return colors.red('mismatch');
  return key.status === 'unknown' ? colors.yellow('unknown') : colors.green('ok');
}

/** The human report of `scopes`. */
export function formatScopesText(report: ScopesReport, colors: Colors): string {
  const out: string[] = [];
  const { summary } = report;
  if (report.keys.length === 0) out.push('No mapped OptimoCMS calls found.');
  for (const usage of report.keys) {
    const key = usage.envVar ?? 'key not named in the code';
    out.push(colors.bold(`${key} needs ${usage.scopes.length} scope${usage.scopes.length === 1 ? '' : 's'}: ${usage.scopes.join(', ')}`));
    const width = Math.max(...usage.scopes.map((scope) => scope.length));
    for (const scope of usage.scopes) {
      for (const call of usage.calls.filter((candidate) => candidate.scope === scope)) out.push(`  ${colors.cyan(scope.padEnd(width))}  ${at(call)}  ${call.call}`);
    }
    out.push('');
  }
  if (report.unmapped.length > 0) {
    out.push(colors.bold(colors.yellow(`Calls not mapped to a scope (${report.unmapped.length})`)));
    for (const call of report.unmapped) out.push(`  ${at(call)}  ${call.call}  ${colors.dim(`(${call.reason})`)}`);
    out.push('');
  }
  if (report.declared.length > 0) {
    out.push(colors.bold('Declared keys'));
    for (const key of report.declared) {
      const compared = key.comparedWith.map((envVar) => envVar ?? 'unnamed key').join(', ') || 'no calls';
      const verdict = verdictOf(key, colors);
      out.push(`  "${key.name}" (${key.source.file}:${key.source.line}, ${key.scopes.length} scope${key.scopes.length === 1 ? '' : 's'}) ← ${compared}: ${verdict}`);
      if (key.overBroad.length > 0) out.push(`    ${colors.yellow('over-broad')}: ${key.overBroad.join(', ')} (declared, never used: remove)`);
      for (const missing of key.missing) {
        out.push(`    ${colors.red('missing')}: ${missing.scope} (used at ${missing.calls.map(at).join(', ')}; these calls would fail with ${AUTH_ERRORS.FORBIDDEN.status} FORBIDDEN)`);
      }
      if (key.unknownScopes.length > 0) out.push(`    ${colors.red('not scopes')}: ${key.unknownScopes.join(', ')}`);
      if (key.unreadableScopes) out.push(`    ${colors.yellow('unknown')}: its scope list is not all static (a call, a parameter or an unknown preset), so missing scopes cannot be told`);
      if (key.unusedInAnalysed.length > 0) {
        const files = report.unanalysedFiles;
        const named = files.slice(0, 3).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more` : '');
        out.push(`    ${colors.yellow('unknown')}: ${key.unusedInAnalysed.join(', ')} not used by the analysed files, but ${files.length} candidate file${files.length === 1 ? '' : 's'} could not be analysed (${named}): keep ${key.unusedInAnalysed.length === 1 ? 'it' : 'them'} until they are`);
      }
    }
    out.push('');
  }
  for (const note of report.notes) out.push(`${colors.yellow('!')} ${note}`);
  for (const error of report.errors) out.push(`${colors.red('error')} ${error.file}${error.line === undefined ? '' : `:${error.line}:${error.column ?? 1}`}  ${error.message}`);
  if (report.notes.length > 0 || report.errors.length > 0) out.push('');
  out.push(`${summary.filesScanned} files scanned, ${summary.filesAnalyzed} analysed: ${summary.calls} calls, ${summary.unmappedCalls} not mapped; minimal scope set: ${report.scopes.join(', ') || 'none'}.`);
  return `${out.join('\n')}\n`;
}
