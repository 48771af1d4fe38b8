import ExcelJS from 'exceljs';
import { formatPeriod, textsOf } from '../export-texts.js';
import type { Cell, CellUnit, ReportDocument, Table } from '../report-document.js';

/** Excel number formats per unit: numbers stay numbers, only their display changes. */
const NUMBER_FORMATS: Record<CellUnit, string> = {
  HOURS: '#,##0.00',
  PEOPLE: '#,##0',
  COUNT: '#,##0',
  PERCENT: '0.0%',
  POINTS: '#,##0.0',
  MONEY: '#,##0.00',
};

/** The row of the column headers: the title, the organisations and the period stand above it. */
const HEADER_ROW = 4;

/** Excel refuses sheet names over 31 characters, with []:*?/\ in them, or twice the same. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function write(target: ExcelJS.Cell, cell: Cell, doc: ReportDocument): void {
  switch (cell.kind) {
    case 'text':
      target.value = cell.value;
      return;
    case 'number':
      // Percentages are stored as the fraction Excel's % format expects.
      target.value = cell.unit === 'PERCENT' ? cell.value / 100 : cell.value;
      target.numFmt = NUMBER_FORMATS[cell.unit];
      return;
    case 'suppressed':
      // Empty, not 0: a sum over the column must not count it, and nobody may read it as zero.
      // (The number format also makes exceljs write the empty cell, without which its note is lost.)
      target.value = null;
      target.numFmt = NUMBER_FORMATS[cell.unit];
      target.note = textsOf(doc.language).fewerThan(cell.threshold);
      return;
    case 'empty':
      target.value = null;
  }
}

function displayWidth(cell: Cell, language: ReportDocument['language']): number {
  if (cell.kind === 'text') return cell.value.length;
  if (cell.kind === 'number') return String(Math.round(cell.value * 100) / 100).length + 2;
  if (cell.kind === 'suppressed') return textsOf(language).fewerThan(cell.threshold).length;
  return 0;
}

function addSheet(workbook: ExcelJS.Workbook, table: Table, doc: ReportDocument, taken: Set<string>): void {
  const t = textsOf(doc.language);
  const sheet = workbook.addWorksheet(sheetName(table.title, taken), {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
    headerFooter: { oddHeader: `&L${doc.organisations.join(', ')}&R${formatPeriod(doc.period, doc.language)}`, oddFooter: '&C&P / &N' },
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.getCell(1, 1).value = `${doc.title}: ${table.title}`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = doc.organisations.join(', ');
  sheet.getCell(3, 1).value = `${t.period}: ${formatPeriod(doc.period, doc.language)}`;
  const header = sheet.getRow(HEADER_ROW);
  table.columns.forEach((column, i) => (header.getCell(i + 1).value = column.label));
  header.font = { bold: true };
  let r = HEADER_ROW + 1;
  for (const row of table.rows) {
    row.forEach((cell, i) => write(sheet.getCell(r, i + 1), cell, doc));
    r++;
  }
  for (const row of table.footer ?? []) {
    row.forEach((cell, i) => write(sheet.getCell(r, i + 1), cell, doc));
    sheet.getRow(r).font = { bold: true };
    r++;
  }
  table.columns.forEach((column, i) => {
    const contents = [...table.rows, ...(table.footer ?? [])].map((row) => (row[i] ? displayWidth(row[i], doc.language) : 0));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, column.width ?? 0, column.label.length + 2, ...contents.map((n) => n + 2)));
  });
}

/** One sheet per table, numbers as numbers with number formats, bold frozen header, sized columns. */
export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bridgeway';
  workbook.title = doc.title;
  workbook.subject = `${doc.organisations.join(', ')} · ${formatPeriod(doc.period, doc.language)}`;
  workbook.created = new Date(doc.generatedAt);
  const taken = new Set<string>();
  for (const section of doc.sections) for (const table of section.tables) addSheet(workbook, table, doc, taken);
  if (!taken.size) workbook.addWorksheet(sheetName(doc.title, taken));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
