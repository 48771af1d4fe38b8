import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { formatNumber } from '../src/export-texts.js';
import { renderCsv } from '../src/render/csv.js';
import { renderPdf } from '../src/render/pdf.js';
import { renderXlsx } from '../src/render/xlsx.js';
import type { ReportDocument } from '../src/report-document.js';
import { parse } from 'csv-parse/sync';

const doc = (language: ReportDocument['language'], rows = 3): ReportDocument => ({
  title: language === 'nb' ? 'Konsortiumoversikt' : 'Pregled konzorcija',
  organisations: ['Nettverk Sør, "Ærlig" & Øst'],
  period: { from: '2026-01-01', to: '2026-06-30' },
  language,
  generatedAt: '2026-07-01T10:00:00.000Z',
  sections: [
    {
      title: 'Partnere',
      notes: ['Antall under 5 vises ikke.'],
      tables: [
        {
          title: 'Partnere',
          columns: [{ label: 'Partner' }, { label: 'Rådgivningstimer' }, { label: 'Personer' }],
          rows: Array.from({ length: rows }, (_, i) => [
            { kind: 'text', value: i ? `Å-partner ${i}` : 'Čebelica, "d.o.o."' },
            { kind: 'number', value: 1234.5 + i, unit: 'HOURS', decimals: 2 },
            i % 2 ? { kind: 'suppressed', threshold: 5, unit: 'PEOPLE' } : { kind: 'number', value: 7 + i, unit: 'PEOPLE' },
          ]),
          footer: [[{ kind: 'text', value: rows === 4 ? '=HYPERLINK("http://x")' : 'Totalt' }, { kind: 'number', value: 99, unit: 'HOURS' }, { kind: 'number', value: 12, unit: 'PEOPLE' }]],
        },
      ],
      charts: [
        { title: 'Søyler', type: 'bar', unit: 'HOURS', categories: ['A', 'B', 'C'], series: [{ name: 'Timer', values: [1, null, 3] }] },
        { title: 'Linje', type: 'line', unit: 'PEOPLE', categories: ['2026-01', '2026-02', '2026-03'], series: [{ name: 'Personer', values: [5, null, 9] }] },
      ],
    },
  ],
});

/** RFC 4180 text → rows of fields, by csv-parse (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  // Tables are stacked with a title line each, so rows differ in length.
  return parse(text, { relax_column_count: true, record_delimiter: '\r\n' }) as string[][];
}

describe('export renderers', () => {
  it('writes CSV as UTF-8 with a BOM, RFC 4180 quoting and a suppressed count in words, never 0', () => {
    const buffer = renderCsv(doc('nb'));
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(buffer.toString('utf8').slice(1));
    expect(rows[0]).toEqual(['Konsortiumoversikt']);
    expect(rows[1]).toEqual(['Organisasjoner', 'Nettverk Sør, "Ærlig" & Øst']);
    const header = rows.findIndex((r) => r[0] === 'Partner');
    expect(rows[header - 1]).toEqual(['Partnere']);
    expect(rows.slice(header + 1, header + 5)).toEqual([
      ['Čebelica, "d.o.o."', '1234.5', '7'],
      ['Å-partner 1', '1235.5', 'færre enn 5'],
      ['Å-partner 2', '1236.5', '9'],
      ['Totalt', '99', '12'],
    ]);
  });

  it('keeps a text field that a spreadsheet would run as a formula as text in CSV', () => {
    const rows = parseCsv(renderCsv(doc('en', 4)).toString('utf8').slice(1));
    expect(rows.at(-1)).toEqual([`'=HYPERLINK("http://x")`, '99', '12']);
  });

  it('writes XLSX with numbers as numbers, a bold frozen header and a suppressed cell empty with a note', async () => {
    const workbook = new ExcelJS.Workbook();
    const file = await renderXlsx(doc('sl'));
    // exceljs types its input as an ArrayBuffer.
    await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Partnere');
    const header = sheet.getRow(4);
    expect(header.getCell(1).value).toBe('Partner');
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.getCell(5, 2).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell(5, 2).value).toBe(1234.5);
    expect(sheet.getCell(5, 2).numFmt).toBe('#,##0.00');
    expect(sheet.getCell(6, 3).value).toBeNull();
    expect(sheet.getCell(6, 3).note).toBeTruthy();
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(10);
  });

  it('writes a PDF whose text has the organisation, the period and the figures in Norwegian (æøå) and breaks pages', async () => {
    const pdf = await renderPdf(doc('nb', 120));
    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(totalPages).toBeGreaterThan(1);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Nettverk Sør, "Ærlig" & Øst');
    expect(flat).toContain('1. januar 2026 – 30. juni 2026');
    expect(flat).toContain(formatNumber(1234.5, 'nb').replace(/\s+/g, ' '));
    expect(flat).toContain('færre enn 5');
    expect(flat).toContain(`Side 2 av ${totalPages}`);
  });
});
