import { verificationText } from '../verify/verification-text.js';
import { KEY_ACTIONS } from './actions.js';
import type { InventoryRow, Sighting } from './inventory-row.js';

/** The cells every human format shows, in one place so that text and Markdown agree. */
export const COLUMNS = ['key', 'env', 'first seen', 'last seen', 'in HEAD', 'exposure', 'age', 'verified', 'action'] as const;

function sighting(seen: Sighting): string {
  if (seen.commit === undefined) return `staged ${seen.file ?? ''}`.trimEnd();
  return `${seen.commit.slice(0, 12)} ${seen.authorDate?.slice(0, 10) ?? ''}`.trimEnd();
}

/** The column indexes some row fills (verified stays out without --verify). */
export function shownColumns(rows: readonly (readonly string[])[]): number[] {
  return COLUMNS.map((_, index) => index).filter((index) => rows.some((cells) => cells[index] !== ''));
}

export function rowCells(row: InventoryRow): string[] {
  const exposure = row.exposure === 'pushed' && row.pushedIn ? `pushed (${row.pushedIn.join(', ')})` : row.exposure;
  return [
    row.secret,
    row.environment,
    sighting(row.firstSeen),
    sighting(row.lastSeen),
    row.inHead ? 'yes' : 'no',
    exposure,
    `${row.ageDays} d${row.rotationOverdue ? ' overdue' : ''}`,
    verificationText(row.verification),
    KEY_ACTIONS[row.action].label,
  ];
}

/** `3 keys (2 pushed, 1 only in local commits) · 2 need action · 1 already revoked · 1 overdue for rotation (older than 90 days)`. */
export function summaryText(summary: { keys: number; needAction: number; pushed: number; local: number; staged: number; overdue: number; rotationPeriodDays: number }): string {
  const where = [summary.pushed ? `${summary.pushed} pushed` : '', summary.local ? `${summary.local} only in local commits` : '', summary.staged ? `${summary.staged} staged` : ''].filter(Boolean).join(', ');
  const parts = [`${summary.keys} key${summary.keys === 1 ? '' : 's'}${where ? ` (${where})` : ''}`, `${summary.needAction} need${summary.needAction === 1 ? 's' : ''} action`];
  if (summary.keys > summary.needAction) parts.push(`${summary.keys - summary.needAction} already revoked`);
  if (summary.overdue > 0) parts.push(`${summary.overdue} overdue for rotation (older than ${summary.rotationPeriodDays} days)`);
  return parts.join(' · ');
}
