import type { TestApi } from '../../support/api.js';
import { parse } from 'csv-parse/sync';

/** RFC 4180 text → rows of fields, by csv-parse (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  // Tables are stacked with a title line each, so rows differ in length.
  return parse(text, { relax_column_count: true, record_delimiter: '\r\n' }) as string[][];
}

/** GET /api/exports/:id/file as the holder of `token` (none: no Authorization header). */
export function fetchExportFile(api: TestApi, id: string, token?: string): Promise<Response> {
  return fetch(`${api.url}/api/exports/${id}/file`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}
