/**
 * The neutral document every export renders from: a source (consortium overview, progress
 * report) builds one, and the CSV, XLSX and PDF renderers each print it. Nothing in here knows a
 * file format; nothing in a renderer knows where the figures came from.
 */

export const EXPORT_LANGUAGES = ['en', 'nb', 'sl'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** What a number counts: decides its number format (and the unit shown next to it). */
export type CellUnit = 'HOURS' | 'PEOPLE' | 'COUNT' | 'PERCENT' | 'POINTS' | 'MONEY';

export type Cell =
  | { kind: 'text'; value: string }
  /** `decimals`: the most a renderer shows (XLSX keeps the full value). PERCENT values are 0–100. */
  | { kind: 'number'; value: number; unit: CellUnit; decimals?: number }
  /** A count of people under the small-cell threshold: never printed as a number (never 0). */
  | { kind: 'suppressed'; threshold: number; unit: CellUnit }
  | { kind: 'empty' };

export interface Column {
  label: string;
  /** Minimal share of the page width (PDF) / characters (XLSX); renderers compute the rest. */
  width?: number;
}

export interface Table {
  /** Also the sheet name in XLSX (shortened there to Excel's 31 characters). */
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Totals, printed bold after the rows. */
  footer?: Cell[][];
}

export interface ChartSeries {
  name: string;
  /** One value per category; null is a gap (suppressed or no data), never drawn as 0. */
  values: (number | null)[];
}

export interface Chart {
  title: string;
  type: 'bar' | 'line';
  unit: CellUnit;
  categories: string[];
  series: ChartSeries[];
}

/** One record printed as labelled fields (a label, then its value, which wraps): for rows too wide for a table. */
export interface RecordBlock {
  /** A heading naming the record in words (e.g. "Counselling session – 3 March 2026"); empty: none (the section's only record). */
  title: string;
  fields: { label: string; value: string }[];
}

export interface Section {
  title: string;
  /** Paragraphs printed before the tables (e.g. what a suppressed cell means). */
  notes?: string[];
  tables: Table[];
  charts?: Chart[];
  /** Records printed as labelled fields after the tables (PDF only). */
  records?: RecordBlock[];
}

/** A title page of its own (PDF): the document's title, whom it is about, and what it holds. */
export interface CoverPage {
  /** Lines of facts under the title (label, value): whose data, organisation, date. */
  facts: { label: string; value: string }[];
  /** Paragraphs after the facts (what the export holds). */
  paragraphs: string[];
}

export interface ReportDocument {
  title: string;
  /** The organisation(s) the report is of: a consortium's name, or a tenant's name. */
  organisations: string[];
  period: { from: string; to: string };
  language: ExportLanguage;
  /** ISO timestamp. */
  generatedAt: string;
  sections: Section[];
  /** PDF: a title page before the sections. */
  cover?: CoverPage;
  /** PDF: printed in the running header instead of the period (a document that has none). */
  headerNote?: string;
  /** The file's name without extension (else made from the title, organisation and period). */
  fileStem?: string;
  /** JSON: the machine-readable content the JSON file holds (else the document itself). */
  data?: unknown;
}

export const text = (value: string): Cell => ({ kind: 'text', value });
export const num = (value: number, unit: CellUnit, decimals?: number): Cell => ({ kind: 'number', value, unit, decimals });
export const empty: Cell = { kind: 'empty' };

/** A people count: suppressed (null) under the threshold, else the number. */
export const peopleCell = (value: number | null, threshold: number): Cell =>
  value === null ? { kind: 'suppressed', threshold, unit: 'PEOPLE' } : num(value, 'PEOPLE');

/** A slug of the document for file names: ASCII letters, digits and dashes only. */
export function fileSlug(value: string): string {
  const ascii = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[åÅ]/g, 'a');
  return (
    ascii
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'export'
  );
}
