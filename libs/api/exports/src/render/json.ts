import type { ReportDocument } from '../report-document.js';

/** JSON (UTF-8, indented): the document's machine-readable `data` when it has one, else the document itself. */
export function renderJson(report: ReportDocument): Buffer {
  return Buffer.from(`${JSON.stringify(report.data ?? report, null, 2)}\n`, 'utf8');
}
