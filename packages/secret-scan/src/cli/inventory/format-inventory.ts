import type { ReportFormat } from '../args.js';
import type { ScanSummary } from '../report/scan-summary.js';
import type { Inventory } from './inventory-row.js';

/** The inventory's reporter seam: text, JSON or Markdown (args.ts refuses SARIF with --inventory). */
export async function formatInventory(format: ReportFormat, inventory: Inventory, scan: ScanSummary, color: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./inventory-json.js')).formatInventoryJson(inventory, scan);
    case 'markdown':
      return (await import('./inventory-markdown.js')).formatInventoryMarkdown(inventory);
    default:
      return (await import('./inventory-text.js')).formatInventoryText(inventory, color);
  }
}
