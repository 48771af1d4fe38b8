import type { TestApi } from '../../support/api.js';

/** RFC 4180 text → rows of fields (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/** GET /api/exports/:id/file as the holder of `token` (none: no Authorization header). */
export function fetchExportFile(api: TestApi, id: string, token?: string): Promise<Response> {
  return fetch(`${api.url}/api/exports/${id}/file`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}
