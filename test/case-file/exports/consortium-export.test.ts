import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { ExportJobsService, formatNumber, formatPeriod } from '@bridgeway/api-exports';
import { graphql, ok, refused } from '../../support/api.js';
import { createConsortium, signInAll, type Tokens } from '../../support/factories.js';
import { auditOf } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';
import { PERIOD, populate } from '../consortia/consortium-fixtures.js';
import { fetchExportFile, parseCsv } from './export-files.js';

const OVERVIEW = graphql(`query ExportedConsortiumOverview($consortiumId: ID!, $from: Date!, $to: Date!) {
  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {
    consortium { id name }
    partners { organisation { id name } residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }
    totals { residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }
  }
}`);
const START = graphql(`mutation StartExportInTest($input: StartExportInput!) {
  startExport(input: $input) { id kind format status progress fileName error createdAt }
}`);
const JOB = graphql(`query ExportJobInTest($id: ID!) { exportJob(id: $id) { id kind format status progress fileName error } }`);

type Format = 'CSV' | 'XLSX' | 'PDF';
const FIGURES = ['residencesOpen', 'currentResidents', 'counsellingHours', 'peopleCounselled', 'trainingsHeld', 'goalsAchieved'] as const;

describe('exports of the consortium overview (CSV, XLSX, PDF as jobs)', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('exports', (s) => ({ owner, api, a, b, ta, tb } = s));
  let c: TestTenant;
  let tc: Tokens;
  let consortiumId: string;
  let otherId: string;
  const names = { a: 'Ærlig Øst', b: 'Čebelica Šmarje', consortium: 'Nettverk Sør – Ålesund' };

  beforeAll(async () => {
    c = await createTestTenant(owner, 'exports-c');
    tc = await signInAll(api, c);
    await owner.em.fork().execute('update tenant set name = ? where id = ?', [`${names.a} ${a.id.slice(0, 4)}`, a.id]);
    await owner.em.fork().execute('update tenant set name = ? where id = ?', [`${names.b} ${b.id.slice(0, 4)}`, b.id]);
    // a: 6 people (shown), b: 2 (under the threshold of 5: suppressed, and a with it as the complement).
    await populate(owner, a, 6);
    await populate(owner, b, 2);
    await populate(owner, c, 7);
    consortiumId = await createConsortium(owner, names.consortium, [a.id, b.id, c.id], [{ tenantId: a.id, userId: a.users.CONSORTIUM_COORDINATOR.id }]);
    otherId = await createConsortium(owner, 'Only C', [c.id], [{ tenantId: c.id, userId: c.users.CONSORTIUM_COORDINATOR.id }]);
  });

  const input = (format: Format, language: 'en' | 'nb' | 'sl' = 'en', id = consortiumId) => ({ kind: 'CONSORTIUM_OVERVIEW' as const, format, consortiumId: id, ...PERIOD, language });

  /** Starts an export, waits for this process's jobs to end, and returns the finished job and its file. */
  async function exported(format: Format, language: 'en' | 'nb' | 'sl', token = ta.CONSORTIUM_COORDINATOR) {
    const started = ok(await api.gql(START, { input: input(format, language) }, { token })).startExport;
    expect(started).toMatchObject({ kind: 'CONSORTIUM_OVERVIEW', format, status: 'QUEUED', progress: 0, error: null });
    await api.app.get(ExportJobsService).settled();
    const job = ok(await api.gql(JOB, { id: started.id }, { token })).exportJob;
    expect(job).toMatchObject({ id: started.id, status: 'DONE', progress: 100, error: null });
    const response = await fetchExportFile(api, job.id, token);
    expect(response.status).toBe(200);
    return { job, response, body: Buffer.from(await response.arrayBuffer()) };
  }

  const overview = async (token = ta.CONSORTIUM_COORDINATOR) => ok(await api.gql(OVERVIEW, { consortiumId, ...PERIOD }, { token })).consortiumOverview;

  it('exports CSV (UTF-8 with BOM) whose rows are the overview’s figures, a suppressed count in words', async () => {
    const { job, response, body } = await exported('CSV', 'en');
    const shown = await overview();
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="[A-Za-z0-9._-]+\\.csv"; filename\\*=UTF-8''${job.fileName.replace(/\./g, '\\.')}$`));
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(body.toString('utf8').slice(1));
    expect(rows[1]).toEqual(['Organisations', names.consortium]);
    const header = rows.findIndex((r) => r[0] === 'Partner');
    expect(rows[header]).toEqual(['Partner', 'Residences open', 'Current residents', 'Counselling hours', 'People counselled', 'Trainings held', 'Goals achieved']);
    const cell = (v: number | null) => (v === null ? 'fewer than 5' : String(v));
    const expected = [...shown.partners.map((p) => [p.organisation.name, ...FIGURES.map((f) => cell(p[f]))]), ['Total', ...FIGURES.map((f) => cell(shown.totals[f]))]];
    expect(rows.slice(header + 1, header + 1 + expected.length)).toEqual(expected);
    // The fixtures' b is suppressed (2 people), and so is a as its complement: words, never 0.
    const residents = Object.fromEntries(shown.partners.map((p) => [p.organisation.id, p.currentResidents]));
    expect(residents).toEqual({ [a.id]: null, [b.id]: null, [c.id]: 7 });
    expect(rows.find((r) => r[0].startsWith(names.b))?.[2]).toBe('fewer than 5');
  });

  it('exports XLSX with numbers as numbers and a suppressed cell empty (not 0) with a note', async () => {
    const { response, body } = await exported('XLSX', 'sl');
    const shown = await overview();
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as an ArrayBuffer.
    await workbook.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(4).getCell(1).value).toBe('Partner');
    expect(sheet.getRow(4).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    const rowOf = (name: string) => {
      for (let r = 5; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === name) return r;
      throw new Error(`no row ${name}`);
    };
    for (const partner of [...shown.partners, { organisation: { name: 'Skupaj' }, ...shown.totals }]) {
      const r = rowOf(partner.organisation.name);
      FIGURES.forEach((figure, i) => {
        const cell = sheet.getCell(r, i + 2);
        const value = partner[figure];
        if (value === null) {
          expect(cell.type).toBe(ExcelJS.ValueType.Null);
          expect(cell.value).not.toBe(0);
          expect(cell.note).toBe('manj kot 5');
        } else {
          expect(cell.type).toBe(ExcelJS.ValueType.Number);
          expect(cell.value).toBe(value);
        }
      });
    }
    expect(shown.partners.some((p) => p.peopleCounselled === null)).toBe(true);
  });

  it('exports a PDF in Norwegian whose text has the organisations, the period and the figures', async () => {
    const { response, body, job } = await exported('PDF', 'nb');
    const shown = await overview();
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(job.fileName).toMatch(/^konsortiumoversikt-nettverk-sor-alesund-2026-01-01-2026-06-30\.pdf$/);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Konsortiumoversikt');
    expect(flat).toContain(names.consortium);
    for (const p of shown.partners) expect(flat).toContain(p.organisation.name);
    expect(flat).toContain(formatPeriod(PERIOD, 'nb'));
    expect(flat).toContain('1. januar 2026 – 30. juni 2026');
    expect(flat).toContain('færre enn 5');
    expect(flat).toContain('Rådgivningstimer');
    const figures = [...shown.partners, shown.totals].flatMap((p) => FIGURES.map((f) => p[f])).filter((v): v is number => v !== null);
    for (const value of figures) expect(flat).toContain(formatNumber(value, 'nb').replace(/\s+/g, ' '));
  });

  it('writes the overview’s READ row and one for the export itself (format) in the caller’s tenant', async () => {
    const where = { action: 'READ', entityType: 'ConsortiumOverview', entityId: consortiumId, userId: b.users.MANAGER.id };
    const before = await auditOf(owner, b.id, where);
    await exported('CSV', 'en', tb.MANAGER);
    const rows = (await auditOf(owner, b.id, where)).slice(before.length);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.details)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ consortiumId, ...PERIOD }),
        expect.objectContaining({ export: true, format: 'CSV', kind: 'CONSORTIUM_OVERVIEW', ...PERIOD }),
      ]),
    );
    expect(await auditOf(owner, a.id, { userId: b.users.MANAGER.id })).toEqual([]);
  });

  it('refuses a consortium the caller does not see (NOT_FOUND) and roles without the overview (FORBIDDEN)', async () => {
    refused(await api.gql(START, { input: input('PDF', 'en') }, { token: tb.CONSORTIUM_COORDINATOR }), 'NOT_FOUND');
    refused(await api.gql(START, { input: input('PDF', 'en', otherId) }, { token: ta.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(START, { input: input('PDF', 'en', otherId) }, { token: ta.CONSORTIUM_COORDINATOR }), 'NOT_FOUND');
    for (const token of [ta.COUNSELLOR, ta.GROUP_LEADER]) refused(await api.gql(START, { input: input('PDF', 'en') }, { token }), 'FORBIDDEN');
    expect(refused(await api.gql(START, { input: { ...input('PDF', 'en'), consortiumId: null } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('consortiumId');
    expect(refused(await api.gql(START, { input: { ...input('PDF', 'en'), from: '2026-06-30', to: '2026-01-01' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('to');
    await api.app.get(ExportJobsService).settled();
  });

  it('shows a job and its file to its owner only: another user of the tenant, another tenant and no token get nothing', async () => {
    const { job } = await exported('CSV', 'en', ta.MANAGER);
    for (const token of [ta.CONSORTIUM_COORDINATOR, tb.MANAGER, tc.MANAGER]) {
      refused(await api.gql(JOB, { id: job.id }, { token }), 'NOT_FOUND');
      const response = await fetchExportFile(api, job.id, token);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
    }
    expect((await fetchExportFile(api, job.id)).status).toBe(401);
    expect((await fetchExportFile(api, job.id, ta.COUNSELLOR)).status).toBe(403);
    expect((await fetchExportFile(api, 'not-a-job', ta.MANAGER)).status).toBe(404);
    refused(await api.gql(JOB, { id: job.id }, { token: ta.COUNSELLOR }), 'FORBIDDEN');
    expect((await fetchExportFile(api, job.id, ta.MANAGER)).status).toBe(200);
  });
});
