import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { ExportJobsService, formatDay, formatNumber } from '@bridgeway/api-exports';
import { graphql, ok, refused, startApi, type TestApi } from '../../support/api.js';
import { auditOf } from '../../support/stored.js';
import { ownerOrm } from '../../support/orm.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import { fetchExportFile, parseCsv } from './export-files.js';

const PLANS = graphql(`query ExportPlans { strategicPlans { id name periodStart periodEnd } }`);
const REPORT = graphql(`query ExportedProgressReport($planId: ID!, $from: Date!, $to: Date!) {
  progressReport(planId: $planId, from: $from, to: $to) {
    rows { indicator { id name } actual target hasActual percentOfTarget status }
    milestonesDue { title dueOn }
  }
}`);
const START_REPORT = graphql(`mutation StartReportExport($input: StartExportInput!) { startExport(input: $input) { id status } }`);
const REPORT_JOB = graphql(`query ReportExportJob($id: ID!) { exportJob(id: $id) { id status error fileName } }`);

/** The demo's plans (libs/api/registry/src/demo/demo-plans.ts), exported by their owners. */
describe('exports of the progress report (demo plans)', () => {
  let api: TestApi;
  let owner: MikroORM;
  const login = async (email: string) => (await api.login(email, 'bridgeway-demo')).token;
  beforeAll(async () => {
    owner = await ownerOrm();
    api = await startApi({ LOGIN_THROTTLE_LIMIT: '1000' });
  });
  afterAll(async () => {
    await api.close();
    await owner.close(true);
  });

  async function planOf(token: string, name: RegExp) {
    const plan = ok(await api.gql(PLANS, {}, { token })).strategicPlans.find((p) => name.test(p.name));
    if (!plan) throw new Error(`no plan ${name}`);
    return plan;
  }

  async function exported(token: string, planId: string, period: { from: string; to: string }, format: 'CSV' | 'XLSX' | 'PDF', language: 'en' | 'nb' | 'sl') {
    const started = ok(await api.gql(START_REPORT, { input: { kind: 'PROGRESS_REPORT', format, planId, ...period, language } }, { token })).startExport;
    await api.app.get(ExportJobsService).settled();
    const job = ok(await api.gql(REPORT_JOB, { id: started.id }, { token })).exportJob;
    expect(job).toMatchObject({ status: 'DONE', error: null });
    const response = await fetchExportFile(api, job.id, token);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  it("exports Skupnosti MOST's consortium plan as CSV with the report's indicators, actuals and targets", async () => {
    const token = await login('coordinator@most.demo');
    const plan = await planOf(token, /^Skupnosti MOST/);
    const period = { from: plan.periodStart, to: plan.periodEnd };
    const report = ok(await api.gql(REPORT, { planId: plan.id, ...period }, { token })).progressReport;
    expect(report.rows.length).toBeGreaterThan(3);
    const rows = parseCsv((await exported(token, plan.id, period, 'CSV', 'en')).toString('utf8').slice(1));
    const header = rows.findIndex((r) => r[0] === 'Indicator');
    expect(rows[header]).toEqual(['Indicator', 'Metric', 'Actual', 'Target', '% of target', 'Expected by now', 'Status', 'Comment']);
    const body = rows.slice(header + 1, header + 1 + report.rows.length);
    expect(body.map((r) => [r[0], r[2], r[3]])).toEqual(
      report.rows.map((r) => [r.indicator.name, r.hasActual ? String(r.actual) : 'fewer than 5', String(r.target)]),
    );
    expect(body.map((r) => r[4])).toEqual(report.rows.map((r) => (r.percentOfTarget === null ? '' : String(r.percentOfTarget))));
  });

  it("exports A-LARM's grant plan as XLSX (numbers) and as a Norwegian PDF with its milestones, and audits the export", async () => {
    const token = await login('manager@a-larm.demo');
    const plan = await planOf(token, /^Fra isolasjon/);
    const period = { from: plan.periodStart, to: plan.periodEnd };
    const report = ok(await api.gql(REPORT, { planId: plan.id, ...period }, { token })).progressReport;

    const workbook = new ExcelJS.Workbook();
    const xlsx = await exported(token, plan.id, period, 'XLSX', 'en');
    // exceljs types its input as an ArrayBuffer.
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Indicators');
    if (!sheet) throw new Error('no sheet Indicators');
    report.rows.forEach((row, i) => {
      expect(sheet.getCell(5 + i, 1).value).toBe(row.indicator.name);
      expect(sheet.getCell(5 + i, 4).type).toBe(ExcelJS.ValueType.Number);
      expect(sheet.getCell(5 + i, 4).value).toBe(row.target);
      if (row.hasActual) expect(sheet.getCell(5 + i, 3).value).toBe(row.actual);
    });

    const pdf = await exported(token, plan.id, period, 'PDF', 'nb');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Fremdriftsrapport');
    expect(flat).toContain('A-LARM');
    expect(flat).toContain('Fra isolasjon til sosialisering');
    expect(flat).toContain(`${formatDay(period.from, 'nb')} – ${formatDay(period.to, 'nb')}`);
    expect(flat).toContain('Milepæler med frist i perioden');
    for (const m of report.milestonesDue) expect(flat).toContain(formatDay(m.dueOn, 'nb'));
    for (const row of report.rows) {
      expect(flat).toContain(row.indicator.name);
      expect(flat).toContain(formatNumber(row.target, 'nb').replace(/\s+/g, ' '));
    }
    const tenantId = (await owner.em.fork().execute<{ id: string }[]>("select id from tenant where slug = 'a-larm'"))[0].id;
    const audit = await auditOf(owner, tenantId, { action: 'READ', entityType: 'ProgressReport', entityId: plan.id });
    expect(audit.map((r) => r.details)).toEqual(
      expect.arrayContaining([expect.objectContaining({ export: true, format: 'PDF', kind: 'PROGRESS_REPORT' }), expect.objectContaining({ export: true, format: 'XLSX' })]),
    );
  });

  it("refuses another organisation's plan (NOT_FOUND) and a counsellor (FORBIDDEN)", async () => {
    const alarm = await planOf(await login('manager@a-larm.demo'), /^Fra isolasjon/);
    const input = { kind: 'PROGRESS_REPORT' as const, format: 'PDF' as const, planId: alarm.id, from: alarm.periodStart, to: alarm.periodEnd, language: 'en' as const };
    refused(await api.gql(START_REPORT, { input }, { token: await login('manager@rot.demo') }), 'NOT_FOUND');
    refused(await api.gql(START_REPORT, { input }, { token: await login('coordinator@most.demo') }), 'NOT_FOUND');
    refused(await api.gql(START_REPORT, { input }, { token: await login('counsellor.a@most.demo') }), 'FORBIDDEN');
    expect(refused(await api.gql(START_REPORT, { input: { ...input, planId: null } }, { token: await login('manager@a-larm.demo') }), 'BAD_USER_INPUT').fields).toHaveProperty('planId');
  });
});
