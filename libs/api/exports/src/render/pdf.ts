import PDFDocument from 'pdfkit';
import { formatNumber, formatPeriod, textsOf } from '../export-texts.js';
import type { Cell, Chart, RecordBlock, ReportDocument, Table } from '../report-document.js';
import { PDF_FONTS } from './fonts.js';

type Pdf = PDFKit.PDFDocument;

const MARGIN = 50;
/** Room above the content for the running header (organisation and period). */
const HEADER_SPACE = 30;
const FOOTER_SPACE = 24;
const FONT = 'Sans';
const BOLD = 'Sans-Bold';
const CELL_PADDING = 3;
const TABLE_FONT_SIZE = 8.5;
const CHART_HEIGHT = 170;
const SERIES_COLOURS = ['#1c7ed6', '#e8590c', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#c2255c', '#5c940d'];
const MUTED = '#555555';

interface Layout {
  doc: Pdf;
  report: ReportDocument;
  left: number;
  width: number;
  top: number;
  bottom: number;
}

function cellText(cell: Cell, report: ReportDocument): string {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'number':
      return cell.unit === 'PERCENT' ? `${formatNumber(cell.value, report.language, cell.decimals ?? 1)} %` : formatNumber(cell.value, report.language, cell.decimals ?? 2);
    case 'suppressed':
      return textsOf(report.language).fewerThan(cell.threshold);
    case 'empty':
      return '';
  }
}

/** Starts a page when fewer than `height` points are left; true when it did. */
function ensureRoom(layout: Layout, height: number): boolean {
  if (layout.doc.y + height <= layout.bottom) return false;
  layout.doc.addPage();
  layout.doc.y = layout.top;
  return true;
}

function drawRunningHeader(layout: Layout): void {
  const { doc, report, left, width } = layout;
  const y = MARGIN - 4;
  doc.save();
  doc.font(FONT).fontSize(8).fillColor(MUTED);
  doc.text(report.organisations.join(', '), left, y, { width: width * 0.6, lineBreak: false, ellipsis: true });
  doc.text(report.headerNote ?? formatPeriod(report.period, report.language), left + width * 0.6, y, { width: width * 0.4, align: 'right', lineBreak: false, ellipsis: true });
  doc
    .moveTo(left, y + 12)
    .lineTo(left + width, y + 12)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .stroke();
  doc.restore();
  doc.fillColor('black');
}

/**
 * Column widths: each column at least as wide as its longest header word and its widest number
 * (so neither is broken mid-word), the rest of the page shared by the hints (a first column of
 * names gets twice the share by default). Falls back to the shares alone when that cannot fit.
 */
function columnWidths(doc: Pdf, table: Table, report: ReportDocument, width: number): number[] {
  const weights = table.columns.map((c, i) => c.width ?? (i === 0 ? 2 : 1));
  const sum = weights.reduce((s, w) => s + w, 0);
  const rows = [...table.rows, ...(table.footer ?? [])];
  const minimum = table.columns.map((column, i) => {
    doc.font(BOLD).fontSize(TABLE_FONT_SIZE);
    const word = Math.max(...column.label.split(/\s+/).map((w) => doc.widthOfString(w)));
    const numbers = rows.map((row) => row[i]).filter((cell) => cell && cell.kind !== 'text').map((cell) => doc.widthOfString(cellText(cell, report)));
    return Math.max(word, ...numbers) + 2 * CELL_PADDING + 1;
  });
  const rest = width - minimum.reduce((s, w) => s + w, 0);
  if (rest < 0) return weights.map((w) => (w / sum) * width);
  // What is left goes to the columns of words (names, comments), which wrap; numbers do not need it.
  const wordy = table.columns.map((_, i) => rows.some((row) => row[i]?.kind === 'text'));
  const shares = weights.map((w, i) => (wordy.includes(true) ? (wordy[i] ? w : 0) : w));
  const shareSum = shares.reduce((s, w) => s + w, 0);
  return minimum.map((m, i) => m + (shares[i] / shareSum) * rest);
}

function rowHeight(doc: Pdf, texts: string[], widths: number[], bold: boolean): number {
  doc.font(bold ? BOLD : FONT).fontSize(TABLE_FONT_SIZE);
  return Math.max(...texts.map((t, i) => doc.heightOfString(t || ' ', { width: widths[i] - 2 * CELL_PADDING }))) + 2 * CELL_PADDING;
}

function drawRow(layout: Layout, cells: (Cell | string)[], widths: number[], style: { bold?: boolean; fill?: string }): void {
  const { doc, report, left } = layout;
  const texts = cells.map((c) => (typeof c === 'string' ? c : cellText(c, report)));
  const height = rowHeight(doc, texts, widths, !!style.bold);
  const y = doc.y;
  if (style.fill) doc.rect(left, y, widths.reduce((s, w) => s + w, 0), height).fill(style.fill);
  let x = left;
  texts.forEach((text, i) => {
    const cell = cells[i];
    const numeric = typeof cell !== 'string' && (cell.kind === 'number' || cell.kind === 'suppressed');
    doc
      .font(style.bold ? BOLD : FONT)
      .fontSize(TABLE_FONT_SIZE)
      .fillColor(typeof cell !== 'string' && cell.kind === 'suppressed' ? MUTED : 'black')
      .text(text, x + CELL_PADDING, y + CELL_PADDING, { width: widths[i] - 2 * CELL_PADDING, align: numeric ? 'right' : 'left' });
    x += widths[i];
  });
  doc.fillColor('black');
  doc
    .moveTo(left, y + height)
    .lineTo(x, y + height)
    .lineWidth(0.3)
    .strokeColor('#bbbbbb')
    .stroke();
  doc.y = y + height;
}

function drawTable(layout: Layout, table: Table): void {
  const { doc, width } = layout;
  const widths = columnWidths(doc, table, layout.report, width);
  const headerTexts = table.columns.map((c) => c.label);
  const header = () => drawRow(layout, headerTexts, widths, { bold: true, fill: '#e9ecef' });
  ensureRoom(layout, 40 + rowHeight(doc, headerTexts, widths, true));
  doc.font(BOLD).fontSize(10.5).text(table.title, layout.left, doc.y, { width });
  doc.moveDown(0.3);
  header();
  const rows = [...table.rows.map((r) => ({ r, bold: false })), ...(table.footer ?? []).map((r) => ({ r, bold: true }))];
  for (const { r, bold } of rows) {
    const height = rowHeight(doc, r.map((c) => cellText(c, layout.report)), widths, bold);
    // A page break repeats the header row, so every page of a table can be read alone.
    if (ensureRoom(layout, height)) header();
    drawRow(layout, r, widths, { bold });
  }
  doc.moveDown(1);
}

/** A record as labelled fields: the label on the left, its value (wrapping, across pages if long) on the right. */
function drawRecord(layout: Layout, record: RecordBlock): void {
  const { doc, left, width } = layout;
  const labelWidth = Math.round(width * 0.3);
  const valueWidth = width - labelWidth - 8;
  const fieldHeight = (f: { label: string; value: string }) =>
    Math.max(doc.font(BOLD).fontSize(TABLE_FONT_SIZE).heightOfString(f.label || ' ', { width: labelWidth }), doc.font(FONT).fontSize(TABLE_FONT_SIZE).heightOfString(f.value || ' ', { width: valueWidth })) + 3;
  const first = record.fields[0];
  ensureRoom(layout, 22 + (first ? Math.min(fieldHeight(first), 60) : 0));
  if (record.title) {
    doc.font(BOLD).fontSize(10).fillColor('black').text(record.title, left, doc.y, { width });
    doc.moveDown(0.2);
  }
  for (const field of record.fields) {
    const height = fieldHeight(field);
    // A field that fits on a page starts on the page it fits; a longer one (notes) flows over pages.
    if (height <= layout.bottom - layout.top) ensureRoom(layout, height);
    else ensureRoom(layout, 40);
    const y = doc.y;
    doc.font(BOLD).fontSize(TABLE_FONT_SIZE).fillColor(MUTED).text(field.label, left, y, { width: labelWidth });
    const afterLabel = doc.y;
    const pageOfLabel = doc.bufferedPageRange().count;
    doc.font(FONT).fontSize(TABLE_FONT_SIZE).fillColor('black').text(field.value || '–', left + labelWidth + 8, y, { width: valueWidth });
    const samePage = doc.bufferedPageRange().count === pageOfLabel;
    doc.x = left;
    doc.y = (samePage ? Math.max(afterLabel, doc.y) : doc.y) + 3;
  }
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(0.3)
    .strokeColor('#cccccc')
    .stroke();
  doc.moveDown(0.6);
}

/** The title page: the title, the facts (whose data, organisation, date) and what the document holds. */
function drawCover(layout: Layout): void {
  const { doc, report, left, width } = layout;
  const cover = report.cover;
  if (!cover) return;
  doc.font(BOLD).fontSize(22).fillColor('black').text(report.title, left, layout.top + 40, { width });
  doc.moveDown(1.2);
  const labelWidth = Math.round(width * 0.3);
  for (const fact of cover.facts) {
    const y = doc.y;
    doc.font(BOLD).fontSize(11).fillColor(MUTED).text(fact.label, left, y, { width: labelWidth });
    const afterLabel = doc.y;
    doc.font(FONT).fontSize(11).fillColor('black').text(fact.value, left + labelWidth + 8, y, { width: width - labelWidth - 8 });
    doc.y = Math.max(afterLabel, doc.y) + 4;
  }
  doc.moveDown(1);
  for (const paragraph of cover.paragraphs) {
    doc.font(FONT).fontSize(10).fillColor('black').text(paragraph, left, doc.y, { width });
    doc.moveDown(0.6);
  }
  doc.addPage();
  doc.x = left;
  doc.y = layout.top;
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}

/** A bar or line chart drawn with pdfkit's vector API: axes, 4 grid lines, labels, a legend. */
function drawChart(layout: Layout, chart: Chart): void {
  const { doc, report, left, width } = layout;
  const legendRows = Math.ceil(chart.series.length / 3);
  ensureRoom(layout, CHART_HEIGHT + 60 + legendRows * 12);
  doc.font(BOLD).fontSize(10.5).fillColor('black').text(chart.title, left, doc.y, { width });
  doc.moveDown(0.3);
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = niceMax(Math.max(0, ...values));
  const axisLeft = left + 45;
  const plotWidth = width - 50;
  const top = doc.y + 4;
  const baseline = top + CHART_HEIGHT;
  doc.font(FONT).fontSize(7).fillColor(MUTED);
  for (let i = 0; i <= 4; i++) {
    const value = (max * i) / 4;
    const y = baseline - (CHART_HEIGHT * i) / 4;
    doc.moveTo(axisLeft, y).lineTo(axisLeft + plotWidth, y).lineWidth(0.3).strokeColor(i === 0 ? '#333333' : '#dddddd').stroke();
    doc.text(formatNumber(value, report.language, 1), left, y - 4, { width: 40, align: 'right', lineBreak: false });
  }
  const n = Math.max(1, chart.categories.length);
  const slot = plotWidth / n;
  const yOf = (v: number) => baseline - (v / max) * CHART_HEIGHT;
  if (chart.type === 'bar') {
    const barWidth = Math.max(1, (slot * 0.7) / Math.max(1, chart.series.length));
    chart.series.forEach((series, s) => {
      series.values.forEach((v, c) => {
        if (v === null) return;
        const x = axisLeft + c * slot + slot * 0.15 + s * barWidth;
        doc.rect(x, yOf(v), barWidth, baseline - yOf(v)).fill(SERIES_COLOURS[s % SERIES_COLOURS.length]);
      });
    });
  } else {
    chart.series.forEach((series, s) => {
      const colour = SERIES_COLOURS[s % SERIES_COLOURS.length];
      let drawing = false;
      series.values.forEach((v, c) => {
        const x = axisLeft + c * slot + slot / 2;
        // A missing month breaks the line instead of drawing it down to 0.
        if (v === null) {
          if (drawing) doc.lineWidth(1.5).strokeColor(colour).stroke();
          drawing = false;
          return;
        }
        if (drawing) doc.lineTo(x, yOf(v));
        else doc.moveTo(x, yOf(v));
        drawing = true;
      });
      if (drawing) doc.lineWidth(1.5).strokeColor(colour).stroke();
      series.values.forEach((v, c) => v !== null && doc.circle(axisLeft + c * slot + slot / 2, yOf(v), 1.8).fill(colour));
    });
  }
  // Category labels: every label when they fit, else every k-th.
  doc.font(FONT).fontSize(7).fillColor(MUTED);
  const every = Math.max(1, Math.ceil(n / Math.floor(plotWidth / 40)));
  chart.categories.forEach((label, c) => {
    if (c % every) return;
    doc.text(label, axisLeft + c * slot, baseline + 3, { width: slot * every, align: 'center', lineBreak: false, ellipsis: true });
  });
  // Legend.
  let y = baseline + 16;
  chart.series.forEach((series, s) => {
    const col = s % 3;
    if (s && !col) y += 12;
    const x = axisLeft + col * (plotWidth / 3);
    doc.rect(x, y + 1, 7, 7).fill(SERIES_COLOURS[s % SERIES_COLOURS.length]);
    doc.fillColor('black').text(series.name, x + 10, y, { width: plotWidth / 3 - 14, lineBreak: false, ellipsis: true });
  });
  doc.fillColor('black');
  doc.x = left;
  doc.y = y + 22;
}

/**
 * A4, DejaVu Sans embedded; a running header with the organisation(s) and the period on every
 * page, "page n of m" at the foot; the sections' notes, tables (header row repeated after a
 * page break) and charts.
 */
export function renderPdf(report: ReportDocument): Promise<Buffer> {
  const t = textsOf(report.language);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN + HEADER_SPACE, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    font: PDF_FONTS.regular,
    lang: t.locale,
    info: { Title: `${report.title} – ${report.organisations.join(', ')}`, Author: 'Bridgeway', Subject: report.headerNote ?? formatPeriod(report.period, report.language) },
    displayTitle: true,
  });
  doc.registerFont(FONT, PDF_FONTS.regular);
  doc.registerFont(BOLD, PDF_FONTS.bold);
  const layout: Layout = {
    doc,
    report,
    left: MARGIN,
    width: doc.page.width - 2 * MARGIN,
    top: MARGIN + HEADER_SPACE,
    bottom: doc.page.height - MARGIN - FOOTER_SPACE,
  };
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  if (report.cover) drawCover(layout);
  else {
    doc.font(BOLD).fontSize(18).text(report.title, layout.left, layout.top, { width: layout.width });
    doc.font(BOLD).fontSize(12).text(report.organisations.join(', '), { width: layout.width });
    doc.font(FONT).fontSize(10).text(`${t.period}: ${formatPeriod(report.period, report.language)}`, { width: layout.width });
    doc
      .fillColor(MUTED)
      .fontSize(8)
      .text(`${t.generated}: ${new Intl.DateTimeFormat(t.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(report.generatedAt))} UTC`, { width: layout.width });
    doc.fillColor('black').moveDown(1);
  }

  for (const section of report.sections) {
    ensureRoom(layout, 80);
    doc.font(BOLD).fontSize(13).text(section.title, layout.left, doc.y, { width: layout.width });
    doc.moveDown(0.4);
    for (const note of section.notes ?? []) {
      ensureRoom(layout, doc.font(FONT).fontSize(8.5).heightOfString(note, { width: layout.width }) + 6);
      doc.font(FONT).fontSize(8.5).fillColor(MUTED).text(note, layout.left, doc.y, { width: layout.width });
      doc.fillColor('black').moveDown(0.5);
    }
    for (const table of section.tables) drawTable(layout, table);
    for (const chart of section.charts ?? []) drawChart(layout, chart);
    for (const record of section.records ?? []) drawRecord(layout, record);
  }

  // Running header and page numbers, now that the number of pages is known.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    drawRunningHeader(layout);
    // Below the bottom margin: lift it for the footer so pdfkit does not start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONT)
      .fontSize(8)
      .fillColor(MUTED)
      .text(t.page(i + 1 - range.start, range.count), layout.left, doc.page.height - MARGIN, { width: layout.width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
  doc.end();
  return done;
}
