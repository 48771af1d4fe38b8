import { extractText, getDocumentProxy } from 'unpdf';
import { ExportJobsService } from '@bridgeway/api-exports';
import { PERSONAL_DATA_CATALOG } from '@bridgeway/api-registry';
import { DataSubjectKind } from '@bridgeway/shared-domain';
import { graphql, ok, refused } from '../support/api.js';
import { addMeeting, createGoal, createMember, createProgramme, createRelative, createResident, enrol, logHelplineContact, logSession, recordAssessment, recordAttendance } from '../support/factories.js';
import { auditOf, ownerQuery } from '../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../support/suites.js';
import { fetchExportFile } from '../case-file/exports/export-files.js';

const START = graphql(`mutation SubjectAccessStart($input: StartExportInput!) { startExport(input: $input) { id status kind format } }`);
const JOB = graphql(`query SubjectAccessJob($id: ID!) { exportJob(id: $id) { id status error fileName } }`);
const READ_RESIDENT = graphql(`query SubjectAccessCounsellorRead($id: ID!) { resident(id: $id) { id firstName lastName } }`);
const GOAL_PROGRESS = graphql(`mutation SubjectAccessGoalProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { id version } }`);
const CONSENT = graphql(`mutation SubjectAccessConsent($input: RecordConsortiumConsentInput!) { recordConsortiumConsent(input: $input) { given } }`);

/** A note long enough to wrap over several lines of the PDF. */
const LONG_NOTE =
  'Ingrid talked about the first month in the house: the morning routine is holding, she walks to the bakery at seven and has started to cook for the others on Thursdays. ' +
  'She wants to call her sister before the holidays and asked for help to plan what to say. We agreed to practise the call next week and to look at the budget for the train ticket.';

const HELPLINE_NOTE = 'Sigrid rang about visiting hours at the house';
const GROUP = 'Torsdagsgruppa Vest';

/** Values of the other resident: none may appear anywhere in Ingrid's export. */
const OTHER = { firstName: 'Zoltan', lastName: 'Quibbleworth', notes: 'Zebra-lantern confidential remark about Zoltan', goal: 'Learn the oboe by spring' };

interface SubjectAccessJson {
  subject: { kind: string; id: string; firstName: string; lastName: string };
  organisation: string;
  exportedBy: { id: string; name: string };
  language: string;
  sections: { table: string; title: string; rows: Record<string, unknown>[] }[];
  accessLog: { truncated: boolean; entries: { occurredAt: string; staffMemberId: string; staffMember: string | null; action: string; entityType: string }[] };
}

const flat = (value: string) => value.replace(/\s+/g, ' ');
const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id));

describe('art. 15 export of a person’s data (PERSONAL_DATA: JSON and PDF)', () => {
  let { owner, api, a, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('subject-access', (suite) => ({ owner, api, a, ta, tb } = suite));

  const counsellorName = 'Petra Svetovalka';
  let ingrid: { id: string };
  let other: { id: string };
  let relative: { id: string };
  let readBeforeExport: Date;

  beforeAll(async () => {
    await ownerQuery(owner, a.id, 'update user_account set display_name = ? where id = ?', [counsellorName, a.users.COUNSELLOR.id]);
    ingrid = await createResident(api, ta.MANAGER, { firstName: 'Ingrid', lastName: 'Haugeland', dateOfBirth: '1990-04-12', phone: '041 555 123', keyWorkerId: a.users.COUNSELLOR.id });
    await logSession(api, ta.COUNSELLOR, { residentId: ingrid.id, occurredOn: '2026-03-03', durationMinutes: 50, kind: 'INDIVIDUAL', notes: LONG_NOTE, nextStep: 'Practise the call to her sister' });
    const goal = await createGoal(api, ta.COUNSELLOR, { residentId: ingrid.id, domain: 'FAMILY', title: 'Call my sister before the holidays' });
    ok(await api.gql(GOAL_PROGRESS, { input: { goalId: goal.id, expectedVersion: 1, progress: 40, status: 'IN_PROGRESS', note: 'Planned the call together' } }, { token: ta.COUNSELLOR }));
    await recordAssessment(api, ta.COUNSELLOR, { residentId: ingrid.id, takenOn: '2026-03-04' });
    ok(await api.gql(CONSENT, { input: { residentId: ingrid.id, given: true, decidedOn: '2026-03-01' } }, { token: ta.MANAGER }));
    relative = await createRelative(api, ta.MANAGER, { firstName: 'Sigrid', lastName: 'Haugeland', residentId: ingrid.id, relationship: 'SIBLING', phone: '041 777 888' });
    await logHelplineContact(api, ta.COUNSELLOR, { durationMinutes: 12, channel: 'PHONE', callerKind: 'RELATIVE', outcome: 'INFORMATION_GIVEN', relativeId: relative.id, notes: HELPLINE_NOTE });
    // A group Ingrid attended: the PDF names the meeting by its group, not by an id.
    const programme = await createProgramme(api, ta.MANAGER, { name: GROUP, kind: 'SUPPORT_GROUP', audience: 'OPEN', mode: 'IN_PERSON', startsOn: '2026-01-01' });
    const startsAt = new Date(Date.now() - 2 * 3600_000);
    const meeting = await addMeeting(api, ta.MANAGER, { programmeId: programme.id, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3600_000).toISOString() });
    await enrol(api, ta.MANAGER, { programmeId: programme.id, participantId: ingrid.id, kind: 'RESIDENT' });
    await recordAttendance(api, ta.MANAGER, { meetingId: meeting.id, entries: [{ participantId: ingrid.id, kind: 'RESIDENT', present: true }], guestCount: 0 });

    other = await createResident(api, ta.MANAGER, { firstName: OTHER.firstName, lastName: OTHER.lastName, keyWorkerId: a.users.COUNSELLOR.id });
    await logSession(api, ta.COUNSELLOR, { residentId: other.id, occurredOn: '2026-03-03', durationMinutes: 30, kind: 'PHONE', notes: OTHER.notes });
    await createGoal(api, ta.COUNSELLOR, { residentId: other.id, domain: 'EDUCATION', title: OTHER.goal });

    // The named counsellor opens Ingrid's case file: the access log must show it.
    ok(await api.gql(READ_RESIDENT, { id: ingrid.id }, { token: ta.COUNSELLOR }));
    readBeforeExport = new Date();
  });

  async function exported(token: string, input: { subjectId: string; subjectKind: DataSubjectKind; format: 'PDF' | 'JSON'; language: 'en' | 'nb' | 'sl' }) {
    const started = ok(await api.gql(START, { input: { kind: 'PERSONAL_DATA', ...input } }, { token })).startExport;
    expect(started).toMatchObject({ kind: 'PERSONAL_DATA', format: input.format });
    await api.app.get(ExportJobsService).settled();
    const job = ok(await api.gql(JOB, { id: started.id }, { token })).exportJob;
    expect(job).toMatchObject({ status: 'DONE', error: null });
    const response = await fetchExportFile(api, job.id, token);
    expect(response.status).toBe(200);
    return { job, response, body: Buffer.from(await response.arrayBuffer()) };
  }

  /** The rows every catalog table holds of the subject, read as the owner in the tenant (tenant_id left out, as the export does). */
  async function storedRows(kind: DataSubjectKind, id: string, exportJobId: string) {
    const tables = PERSONAL_DATA_CATALOG.filter((t) => t.rowsOf[kind]);
    const out = new Map<string, Record<string, unknown>[]>();
    for (const t of tables) {
      const where = (t.rowsOf[kind] ?? 'false').replaceAll(':subjectId', '?');
      const params = Array.from({ length: (t.rowsOf[kind] ?? '').split(':subjectId').length - 1 }, () => id);
      const rows = await ownerQuery<Record<string, unknown>>(owner, a.id, `select t.* from ${t.table} t where t.tenant_id = ? and (${where})`, [a.id, ...params]);
      // The export's own audit row is written after the export read the data.
      const before = rows.filter((row) => (row.details as { exportJobId?: string } | null)?.exportJobId !== exportJobId);
      out.set(t.table, JSON.parse(JSON.stringify(before.map(({ tenant_id: _t, ...row }) => row))) as Record<string, unknown>[]);
    }
    return out;
  }

  function expectNothingOfTheOther(text: string) {
    for (const value of [OTHER.firstName, OTHER.lastName, OTHER.notes, OTHER.goal, other.id]) expect(text).not.toContain(value);
  }

  it('lets only a MANAGER export; another organisation’s or an unknown person is NOT_FOUND; bad input is BAD_USER_INPUT', async () => {
    const input = { kind: 'PERSONAL_DATA' as const, format: 'JSON' as const, subjectId: ingrid.id, subjectKind: DataSubjectKind.RESIDENT, language: 'en' as const };
    for (const role of ['COUNSELLOR', 'GROUP_LEADER', 'CONSORTIUM_COORDINATOR'] as const) refused(await api.gql(START, { input }, { token: ta[role] }), 'FORBIDDEN');
    refused(await api.gql(START, { input }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(START, { input: { ...input, subjectKind: DataSubjectKind.RELATIVE } }, { token: ta.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(START, { input: { ...input, subjectId: '00000000-0000-4000-8000-000000000000' } }, { token: ta.MANAGER }), 'NOT_FOUND');
    expect(refused(await api.gql(START, { input: { ...input, subjectId: 'not-an-id' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('subjectId');
    expect(refused(await api.gql(START, { input: { ...input, subjectId: null } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('subjectId');
    expect(refused(await api.gql(START, { input: { ...input, subjectKind: null } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('subjectKind');
    expect(refused(await api.gql(START, { input: { ...input, format: 'CSV' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('format');
    // The other kinds keep their period (now optional in the input) and do not offer JSON.
    const plan = { kind: 'PROGRESS_REPORT' as const, format: 'CSV' as const, planId: '00000000-0000-4000-8000-000000000000', language: 'en' as const };
    expect(refused(await api.gql(START, { input: plan }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('from');
    expect(refused(await api.gql(START, { input: { ...plan, format: 'JSON', from: '2026-01-01', to: '2026-12-31' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('format');
    expect(await auditOf(owner, a.id, { action: 'EXPORT' })).toEqual([]);
  });

  it('exports as JSON exactly the rows every catalog table holds of the resident, nothing of another resident, the access log, and audits the export', async () => {
    const { job, response, body } = await exported(ta.MANAGER, { subjectId: ingrid.id, subjectKind: DataSubjectKind.RESIDENT, format: 'JSON', language: 'en' });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(job.fileName).toMatch(/^personal-data-haugeland-ingrid-\d{4}-\d{2}-\d{2}\.json$/);
    const text = body.toString('utf8');
    const data = JSON.parse(text) as SubjectAccessJson;
    expect(data.subject).toEqual({ kind: 'RESIDENT', id: ingrid.id, firstName: 'Ingrid', lastName: 'Haugeland' });
    expect(data.exportedBy).toEqual({ id: a.users.MANAGER.id, name: `MANAGER ${a.name.split(' ')[1]}` });

    const stored = await storedRows(DataSubjectKind.RESIDENT, ingrid.id, job.id);
    // Every declared table of residents is in the export, with exactly the stored rows.
    expect(data.sections.map((s) => s.table).sort()).toEqual([...stored.keys()].sort());
    for (const section of data.sections) expect({ table: section.table, rows: [...section.rows].sort(byId) }).toEqual({ table: section.table, rows: [...(stored.get(section.table) ?? [])].sort(byId) });
    const withRows = [...stored].filter(([, rows]) => rows.length).map(([table]) => table);
    expect(withRows).toContain('resident');
    expect(data.sections.find((s) => s.table === 'resident')?.rows).toEqual([expect.objectContaining({ id: ingrid.id, first_name: 'Ingrid', last_name: 'Haugeland', phone: '041 555 123' })]);
    // The libraries' declarations hold what was written above: sessions with their notes, goals, attendance.
    for (const table of ['counselling_session', 'goal', 'goal_event', 'assessment', 'resident_consent', 'resident_relative', 'attendance', 'audit_event']) expect(stored.get(table)?.length).toBeGreaterThan(0);
    expect(text).toContain(LONG_NOTE);
    expectNothingOfTheOther(text);

    // The counsellor's look at the case file, by name, before the export.
    const read = data.accessLog.entries.find((e) => e.staffMember === counsellorName && e.action === 'READ' && e.entityType === 'Resident');
    expect(read).toBeDefined();
    expect(new Date(read?.occurredAt ?? 0).getTime()).toBeLessThanOrEqual(readBeforeExport.getTime());
    expect(data.accessLog.entries.every((e) => e.staffMember !== null)).toBe(true);

    expect(await auditOf(owner, a.id, { action: 'EXPORT', entityId: ingrid.id })).toEqual([
      { action: 'EXPORT', entityType: 'Resident', entityId: ingrid.id, residentId: ingrid.id, userId: a.users.MANAGER.id, details: expect.objectContaining({ export: true, kind: 'PERSONAL_DATA', format: 'JSON', language: 'en' }) },
    ]);
  });

  it('renders a readable PDF in Norwegian: title page, translated headings, words for dates and values, the long note whole, the access log by name', async () => {
    const { response, body } = await exported(ta.MANAGER, { subjectId: ingrid.id, subjectKind: DataSubjectKind.RESIDENT, format: 'PDF', language: 'nb' });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
    const pdf = flat(text);
    expect(pdf).toContain('Dine personopplysninger');
    expect(pdf).toContain('Ingrid Haugeland');
    expect(pdf).toContain('12. april 1990');
    expect(pdf).toContain('Saksmappe');
    expect(pdf).toContain('Fornavn');
    expect(pdf).toContain('Kontaktperson');
    expect(pdf).toContain(counsellorName);
    expect(pdf).toContain('Tilgangslogg');
    expect(pdf).toContain('Så på');
    expect(pdf).toContain('Samtaler');
    expect(pdf).toContain(flat(LONG_NOTE));
    expect(pdf).toContain('3. mars 2026');
    expect(pdf).toContain('Individuell');
    // Attendance names the meeting by its group, the goal history its goal.
    expect(pdf).toContain('Oppmøte');
    expect(pdf).toContain(GROUP);
    expect(pdf).toContain('Målhistorikk');
    expect(pdf).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expectNothingOfTheOther(pdf);
    const audit = await auditOf(owner, a.id, { action: 'EXPORT', entityId: ingrid.id });
    expect(audit.map((r) => r.details)).toContainEqual(expect.objectContaining({ format: 'PDF', language: 'nb' }));
  });

  it('exports a relative (JSON and a Slovenian PDF), audited as the relative', async () => {
    const { job, body } = await exported(ta.MANAGER, { subjectId: relative.id, subjectKind: DataSubjectKind.RELATIVE, format: 'JSON', language: 'sl' });
    const text = body.toString('utf8');
    const data = JSON.parse(text) as SubjectAccessJson;
    expect(data.subject).toMatchObject({ kind: 'RELATIVE', id: relative.id, firstName: 'Sigrid' });
    const stored = await storedRows(DataSubjectKind.RELATIVE, relative.id, job.id);
    expect(data.sections.map((s) => s.table).sort()).toEqual([...stored.keys()].sort());
    for (const section of data.sections) expect([...section.rows].sort(byId)).toEqual([...(stored.get(section.table) ?? [])].sort(byId));
    expect(stored.get('helpline_contact')?.length).toBe(1);
    expect(text).toContain(HELPLINE_NOTE);
    expectNothingOfTheOther(text);

    const pdf = await exported(ta.MANAGER, { subjectId: relative.id, subjectKind: DataSubjectKind.RELATIVE, format: 'PDF', language: 'sl' });
    expect(pdf.body.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const { text: pdfText } = await extractText(await getDocumentProxy(new Uint8Array(pdf.body)), { mergePages: true });
    expect(flat(pdfText)).toContain('Vaši osebni podatki');
    expect(flat(pdfText)).toContain('Sigrid Haugeland');
    expect(flat(pdfText)).toContain('Dnevnik dostopov');
    expect(await auditOf(owner, a.id, { action: 'EXPORT', entityId: relative.id })).toEqual([
      expect.objectContaining({ entityType: 'Relative', residentId: null, details: expect.objectContaining({ format: 'JSON' }) }),
      expect.objectContaining({ entityType: 'Relative', residentId: null, details: expect.objectContaining({ format: 'PDF', language: 'sl' }) }),
    ]);
  });

  it('exports a member (JSON) with their own record', async () => {
    const member = await createMember(api, ta.MANAGER, { firstName: 'Mira', lastName: 'Volunteer', kind: 'VOLUNTEER' });
    const { job, body } = await exported(ta.MANAGER, { subjectId: member.id, subjectKind: DataSubjectKind.MEMBER, format: 'JSON', language: 'en' });
    const data = JSON.parse(body.toString('utf8')) as SubjectAccessJson;
    expect(data.subject).toMatchObject({ kind: 'MEMBER', id: member.id, firstName: 'Mira', lastName: 'Volunteer' });
    const stored = await storedRows(DataSubjectKind.MEMBER, member.id, job.id);
    expect(data.sections.map((s) => s.table).sort()).toEqual([...stored.keys()].sort());
    for (const section of data.sections) expect([...section.rows].sort(byId)).toEqual([...(stored.get(section.table) ?? [])].sort(byId));
    expectNothingOfTheOther(body.toString('utf8'));
    expect(await auditOf(owner, a.id, { action: 'EXPORT', entityId: member.id })).toEqual([expect.objectContaining({ entityType: 'Member', residentId: null })]);
  });
});
