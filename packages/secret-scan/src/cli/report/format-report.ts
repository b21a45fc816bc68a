import type { ReportFormat } from '../args.js';
import type { ScanReport } from './scan-summary.js';

/**
 * The reporter seam (gitleaks' `report.Write`): every format reads the same
 * ScanReport; each is its own module, loaded only when asked for. A new
 * format is one more module here and one more case.
 */
export async function formatReport(format: ReportFormat, report: ScanReport, color: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./json-report.js')).formatJson(report);
    case 'sarif':
      return (await import('./sarif-report.js')).formatSarif(report);
    default:
      return (await import('./text-report.js')).formatText(report, color);
  }
}
