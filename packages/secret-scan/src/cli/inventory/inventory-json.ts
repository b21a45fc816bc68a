import type { ScanSummary } from '../report/scan-summary.js';
import type { Inventory } from './inventory-row.js';

/** `{ keys, summary, scan, generatedAt }`: the rows as built (ids and redacted forms only), the scan's own summary beside them. */
export function formatInventoryJson(inventory: Inventory, scan: ScanSummary): string {
  return `${JSON.stringify({ keys: inventory.keys, summary: inventory.summary, scan, generatedAt: inventory.generatedAt }, null, 2)}\n`;
}
