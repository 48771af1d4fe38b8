import { formatPeriod, textsOf } from '../export-texts.js';
import type { Cell, ReportDocument } from '../report-document.js';

/** Excel reads a file as UTF-8 only with this mark: without it æøå/čšž come out garbled. */
const BOM = '\uFEFF';

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Numbers stay machine-readable (a dot, no grouping) so a spreadsheet or a script reads them as
 * numbers; a suppressed count is words ("fewer than 5"), never 0.
 */
function cellText(cell: Cell, language: ReportDocument['language']): string {
  switch (cell.kind) {
    case 'text':
      // A spreadsheet runs a field starting with = + - @ as a formula (CSV injection): a quote keeps it text.
      return /^[=+\-@\t\r]/.test(cell.value) ? `'${cell.value}` : cell.value;
    case 'number':
      return String(cell.value);
    case 'suppressed':
      return textsOf(language).fewerThan(cell.threshold);
    case 'empty':
      return '';
  }
}

/**
 * One CSV for the whole document: a few lines naming it (title, organisations, period), then
 * every table stacked — its title on a line of its own, its header line, its rows and totals —
 * with an empty line between tables. Lines end in CRLF (RFC 4180).
 */
export function renderCsv(doc: ReportDocument): Buffer {
  const t = textsOf(doc.language);
  const lines: string[][] = [[doc.title], [t.organisations, ...doc.organisations], [t.period, doc.period.from, doc.period.to, formatPeriod(doc.period, doc.language)]];
  for (const section of doc.sections) {
    for (const table of section.tables) {
      lines.push([], [table.title], table.columns.map((c) => c.label));
      for (const row of [...table.rows, ...(table.footer ?? [])]) lines.push(row.map((cell) => cellText(cell, doc.language)));
    }
  }
  return Buffer.from(BOM + lines.map((line) => line.map(field).join(',')).join('\r\n') + '\r\n', 'utf8');
}
