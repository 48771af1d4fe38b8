import { graphql, ok, refused } from '../../support/api.js';
import { createResident, daysFromToday, logSession } from '../../support/factories.js';
import { auditOf, ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const CASE_FILE = graphql(`query AuditLogCaseFile($id: ID!) { resident(id: $id) { id counsellingSessions(first: 50) { id notes } } }`);
const LOG = graphql(`
  query AuditLogPage($userId: ID, $personId: ID, $entityId: String, $action: String, $from: Date, $to: Date, $first: Int, $offset: Int) {
    auditLog(userId: $userId, personId: $personId, entityId: $entityId, action: $action, from: $from, to: $to, first: $first, offset: $offset) {
      totalCount hasNextPage entries { id occurredAt action entityType entityId residentId sessionIds userId userDisplayName requestId }
    }
  }
`);
const CSV = graphql(`query AuditLogExport($personId: ID, $action: String) { auditLogCsv(personId: $personId, action: $action) { filename content rowCount truncated } }`);

const SESSIONS = 4;

/**
 * The readable audit trail: one READ entry per record and request (a case file with N sessions
 * leaves one entry listing the N sessions whose notes it disclosed), the organisation's log with
 * its filters and page size, its CSV, and never another tenant's rows.
 */
describe('audit log', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('audit-log', (s) => ({ owner, api, a, b, ta, tb } = s));
  let residentId: string;
  let otherResidentId: string;
  const sessionIds: string[] = [];

  beforeAll(async () => {
    residentId = (await createResident(api, ta.COUNSELLOR, { firstName: 'Nina', lastName: 'Log', keyWorkerId: a.users.COUNSELLOR.id, intakeDate: daysFromToday(-60) })).id;
    otherResidentId = (await createResident(api, ta.COUNSELLOR, { firstName: 'Olaf', lastName: 'Other', intakeDate: daysFromToday(-60) })).id;
    for (let i = 1; i <= SESSIONS; i++) {
      sessionIds.push((await logSession(api, ta.COUNSELLOR, { residentId, occurredOn: daysFromToday(-i), durationMinutes: 30 + i, kind: 'INDIVIDUAL', notes: `notes ${i}` })).id);
    }
  });

  it('writes one READ entry for a case file with N sessions, listing the N sessions whose notes it disclosed', async () => {
    const before = await auditOf(owner, a.id, { action: 'READ', userId: a.users.COUNSELLOR.id });
    const answer = ok(await api.gql(CASE_FILE, { id: residentId }, { token: ta.COUNSELLOR }));
    expect(answer.resident.counsellingSessions.map((s) => s.notes)).toHaveLength(SESSIONS);
    const rows = (await auditOf(owner, a.id, { action: 'READ', userId: a.users.COUNSELLOR.id })).slice(before.length);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entityType: 'Resident', entityId: residentId, residentId });
    expect([...(rows[0].details?.sessionNotes as string[])].sort()).toEqual([...sessionIds].sort());
  });

  it('finds that entry by any one session id (which notes were disclosed stays queryable)', async () => {
    for (const sessionId of sessionIds) {
      const found = ok(await api.gql(LOG, { entityId: sessionId, action: 'READ', userId: a.users.COUNSELLOR.id }, { token: ta.MANAGER })).auditLog;
      expect(found.entries.length).toBeGreaterThan(0);
      expect(found.entries.every((e) => e.sessionIds.includes(sessionId) && e.entityId === residentId)).toBe(true);
    }
  });

  it('filters by user, person, action and date range, newest first', async () => {
    ok(await api.gql(CASE_FILE, { id: otherResidentId }, { token: ta.MANAGER }));
    const byPerson = ok(await api.gql(LOG, { personId: otherResidentId, first: 100 }, { token: ta.MANAGER })).auditLog;
    expect(byPerson.entries.length).toBeGreaterThan(0);
    expect(byPerson.entries.every((e) => e.residentId === otherResidentId || e.entityId === otherResidentId)).toBe(true);
    const byUser = ok(await api.gql(LOG, { userId: a.users.MANAGER.id, action: 'READ', first: 100 }, { token: ta.MANAGER })).auditLog;
    expect(byUser.entries.length).toBeGreaterThan(0);
    expect(byUser.entries.every((e) => e.userId === a.users.MANAGER.id && e.action === 'READ')).toBe(true);
    const creates = ok(await api.gql(LOG, { action: 'CREATE', personId: residentId, first: 100 }, { token: ta.MANAGER })).auditLog;
    // The resident and each of its sessions were created.
    expect(creates.totalCount).toBe(1 + SESSIONS);
    const times = byUser.entries.map((e) => Date.parse(e.occurredAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    const [{ n }] = await ownerQuery<{ n: number }>(owner, a.id, 'select count(*)::int as n from audit_event where tenant_id = ? and occurred_at::date = current_date', [a.id]);
    const today = daysFromToday(0);
    expect(ok(await api.gql(LOG, { from: today, to: today }, { token: ta.MANAGER })).auditLog.totalCount).toBeGreaterThanOrEqual(n);
    expect(ok(await api.gql(LOG, { from: daysFromToday(-30), to: daysFromToday(-1) }, { token: ta.MANAGER })).auditLog.totalCount).toBe(0);
    refused(await api.gql(LOG, { action: 'FORGED' }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
  });

  it('pages with a bounded page size', async () => {
    const first = ok(await api.gql(LOG, { first: 2 }, { token: ta.MANAGER })).auditLog;
    expect(first.entries).toHaveLength(2);
    expect(first.hasNextPage).toBe(true);
    const second = ok(await api.gql(LOG, { first: 2, offset: 2 }, { token: ta.MANAGER })).auditLog;
    expect(second.entries.map((e) => e.id)).not.toEqual(expect.arrayContaining(first.entries.map((e) => e.id)));
    refused(await api.gql(LOG, { first: 101 }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    refused(await api.gql(LOG, { first: 0 }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
  });

  it('is for managers only, and reading it is audited', async () => {
    refused(await api.gql(LOG, {}, { token: ta.COUNSELLOR }), 'FORBIDDEN');
    refused(await api.gql(CSV, {}, { token: ta.COUNSELLOR }), 'FORBIDDEN');
    const before = (await auditOf(owner, a.id, { entityType: 'AuditLog', userId: a.users.MANAGER.id })).length;
    ok(await api.gql(LOG, { personId: residentId }, { token: ta.MANAGER }));
    expect(await auditOf(owner, a.id, { entityType: 'AuditLog', userId: a.users.MANAGER.id })).toHaveLength(before + 1);
  });

  it('exports the filtered log as CSV', async () => {
    const csv = ok(await api.gql(CSV, { personId: residentId, action: 'CREATE' }, { token: ta.MANAGER })).auditLogCsv;
    expect(csv.rowCount).toBe(1 + SESSIONS);
    expect(csv.truncated).toBe(false);
    expect(csv.filename).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.content.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('occurredAt,user,userId,action,entityType,entityId,residentId,sessionNotes,details,requestId');
    expect(lines).toHaveLength(1 + csv.rowCount);
    expect(lines.slice(1).every((l) => l.split(',')[3] === 'CREATE')).toBe(true);
  });

  it("never shows another tenant's rows", async () => {
    const all = ok(await api.gql(LOG, { first: 100 }, { token: tb.MANAGER })).auditLog;
    const [{ n }] = await ownerQuery<{ n: number }>(owner, b.id, 'select count(*)::int as n from audit_event where tenant_id = ?', [b.id]);
    // B's own look at its log is written after the count.
    expect(all.totalCount).toBeLessThanOrEqual(n);
    expect(all.entries.every((e) => e.entityId !== residentId && e.residentId !== residentId && !sessionIds.some((s) => e.sessionIds.includes(s)))).toBe(true);
    expect(ok(await api.gql(LOG, { personId: residentId }, { token: tb.MANAGER })).auditLog.totalCount).toBe(0);
    expect(ok(await api.gql(LOG, { entityId: sessionIds[0] }, { token: tb.MANAGER })).auditLog.totalCount).toBe(0);
    expect(ok(await api.gql(CSV, { personId: residentId }, { token: tb.MANAGER })).auditLogCsv.rowCount).toBe(0);
  });
});
