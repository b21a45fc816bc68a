import { palette } from '../../cli-kit/colors.js';
import { KEY_ACTIONS, ROTATION_ADVICE } from './actions.js';
import { COLUMNS, rowCells, shownColumns, summaryText } from './inventory-cells.js';
import type { Inventory } from './inventory-row.js';

/** A table, one row per key, then what each action means, then one summary line. */
export function formatInventoryText(inventory: Inventory, color: boolean): string {
  const paint = palette(color);
  if (inventory.keys.length === 0) return `${paint.green(`✔ no OptimoCMS key found · ${summaryText(inventory.summary)}`)}\n`;
  const rows = inventory.keys.map(rowCells);
  const shown = shownColumns(rows);
  const at = (cells: readonly string[], index: number) => cells[index] ?? '';
  const widths = shown.map((index) => Math.max(at(COLUMNS, index).length, ...rows.map((cells) => at(cells, index).length)));
  const line = (cells: readonly string[]) => shown.map((index, column) => at(cells, index).padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  const lines = [paint.bold(line(COLUMNS)), ...inventory.keys.map((row) => (row.action === 'none' ? paint.dim(line(rowCells(row))) : line(rowCells(row)))), ''];
  for (const action of new Set(inventory.keys.map((row) => row.action))) lines.push(paint.dim(`${KEY_ACTIONS[action].label}: ${KEY_ACTIONS[action].advice}`));
  if (inventory.summary.overdue > 0) lines.push(paint.dim(`overdue: ${ROTATION_ADVICE}`));
  lines.push('');
  const summary = summaryText(inventory.summary);
  lines.push(inventory.summary.needAction > 0 ? paint.red(`✖ ${summary}`) : paint.green(`✔ ${summary}`));
  return `${lines.join('\n')}\n`;
}
