import { formatBytes } from '../file-size.js';
import type { ScanSummary } from './scan-summary.js';

const SKIP_LABELS = { binary: 'binary', tooLarge: 'over --max-file-size', symlink: 'symlink', unreadable: 'unreadable' } as const;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `scanned 120 files (1.2 MB) in 45 ms · skipped 2 binary · suppressed 1 by config`: the tail of every text summary. */
export function describeRun(summary: ScanSummary): string {
  const packages = summary.scanned?.packages?.length;
  const parts = [`scanned ${summary.commits !== undefined ? `${plural(summary.commits, 'commit')}, ` : ''}${packages !== undefined ? `${plural(packages, 'package')}, ` : ''}${plural(summary.files, 'file')} (${formatBytes(summary.bytes)}) in ${summary.durationMs} ms`];
  const skipped = (Object.keys(SKIP_LABELS) as (keyof typeof SKIP_LABELS)[]).filter((reason) => summary.skipped[reason] > 0).map((reason) => `${summary.skipped[reason]} ${SKIP_LABELS[reason]}`);
  const variables = summary.scanned?.variables?.length;
  if (variables !== undefined) parts.push(variables === 0 ? 'no key variable to look for' : `looked for the values of ${plural(variables, 'key variable')}`);
  if (skipped.length > 0) parts.push(`skipped ${skipped.join(', ')}`);
  const { config, baseline, inline = 0 } = summary.suppressed;
  if (config > 0 || baseline > 0 || inline > 0) parts.push(`suppressed ${[inline > 0 ? `${inline} inline` : '', config > 0 ? `${config} by config` : '', baseline > 0 ? `${baseline} by baseline` : ''].filter(Boolean).join(', ')}`);
  return parts.join(' · ');
}

/** The one-line summary, verdict first: `3 findings in 2 files · scanned …`. */
export function summaryLine(summary: ScanSummary, filesWithFindings: number): string {
  const verdict = summary.findings === 0 ? 'no findings' : `${plural(summary.findings, 'finding')} in ${plural(filesWithFindings, 'file')}`;
  return `${verdict} · ${describeRun(summary)}`;
}
