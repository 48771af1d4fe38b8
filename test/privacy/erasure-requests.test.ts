import { errorOf, graphql, ok, refused } from '../support/api.js';
import { createRelative, createResident, daysFromToday, logRelativeSession, logSession } from '../support/factories.js';
import { auditOf, ownerQuery } from '../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../support/suites.js';

/**
 * Art. 17 erasure requests through the API on real PostgreSQL: managers only; a refused request or
 * a refused erasure changes nothing of the person; within the retention period carrying out is a
 * CONFLICT that changes nothing; after carrying out the name is gone from the request list and the
 * case file while the figures stay; two decisions on one request cannot both pass; the retention
 * review lists the inactive and leaves out the active and the erased.
 */

const RECORD = graphql(`mutation ErasureRecord($input: RecordErasureRequestInput!) { recordErasureRequest(input: $input) { id subjectKind subjectId subjectName receivedOn channel staffNote status version retainedUntil recordedByName } }`);
const CARRY_OUT = graphql(`mutation ErasureCarryOut($input: DecideErasureRequestInput!) { carryOutErasureRequest(input: $input) { id subjectName status staffNote erasedRows decidedByName version } }`);
const REFUSE = graphql(`mutation ErasureRefuse($input: RefuseErasureRequestInput!) { refuseErasureRequest(input: $input) { id subjectName status refusalReason staffNote version } }`);
const LIST = graphql(`query ErasureList($status: ErasureRequestStatus, $first: Int) { erasureRequests(status: $status, first: $first) { totalCount requests { id subjectKind subjectId subjectName staffNote status refusalReason retainedUntil erasedRows version } } }`);
const POLICY = graphql(`query ErasurePolicy { retentionPolicy { months legalBasis isDefault version } }`);
const SET_POLICY = graphql(`mutation ErasureSetPolicy($input: SetRetentionPolicyInput!) { setRetentionPolicy(input: $input) { months legalBasis isDefault version } }`);
const REVIEW = graphql(`query ErasureReview($first: Int, $offset: Int) { retentionReview(first: $first, offset: $offset) { activeSince months totalCount people { kind id name lastActivityOn pendingRequestId } } }`);
const CASE_FILE = graphql(`query ErasureCaseFile($id: ID!) { resident(id: $id) { id firstName lastName dateOfBirth phone email counsellingSessions { id notes durationMinutes occurredOn } } }`);
const FIGURES = graphql(`query ErasureFigures($from: Date!, $to: Date!) { metricFigures(from: $from, to: $to) { metric value } }`);

const today = daysFromToday(0);
/** Dates well outside a 12-month retention period. */
const LONG_AGO = daysFromToday(-3 * 365);
const SESSION_DAY = daysFromToday(-2 * 365);

describe('erasure requests (art. 17)', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('erasure', (s) => ({ owner, api, a, b, ta, tb } = s));

  /** Every row of every table of the tenant, as the owner (tables found from the catalog, so new ones count too). */
  async function everyRow(tenantId: string, except: string[] = []): Promise<Record<string, unknown[]>> {
    const tables = (await ownerQuery<{ table_name: string }>(owner, tenantId, `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id' order by table_name`)).map((t) => t.table_name);
    const out: Record<string, unknown[]> = {};
    for (const table of tables.filter((t) => !except.includes(t))) {
      const [row] = await ownerQuery<{ rows: unknown[] }>(owner, tenantId, `select coalesce(jsonb_agg(to_jsonb(x) order by x::text), '[]'::jsonb) as rows from ${table} x where tenant_id = ?`, [tenantId]);
      out[table] = row.rows;
    }
    return out;
  }

  const record = async (subjectId: string, subjectKind: 'RESIDENT' | 'RELATIVE' = 'RESIDENT', staffNote: string | null = null) =>
    ok(await api.gql(RECORD, { input: { subjectKind, subjectId, receivedOn: today, channel: 'LETTER', staffNote } }, { token: ta.MANAGER })).recordErasureRequest;

  /** A resident whose only activity is an intake three years ago (outside a 12-month period). */
  const inactiveResident = (firstName: string) => createResident(api, ta.MANAGER, { firstName, lastName: 'Inactive', keyWorkerId: a.users.COUNSELLOR.id, intakeDate: LONG_AGO });

  it('starts with the default retention period, and lets a manager set it (stale versions CONFLICT)', async () => {
    expect(ok(await api.gql(POLICY, {}, { token: ta.MANAGER })).retentionPolicy).toEqual({ months: 120, legalBasis: null, isDefault: true, version: 0 });
    const set = ok(await api.gql(SET_POLICY, { input: { months: 12, legalBasis: ' Test law § 1 ', expectedVersion: 0 } }, { token: ta.MANAGER })).setRetentionPolicy;
    expect(set).toEqual({ months: 12, legalBasis: 'Test law § 1', isDefault: false, version: 1 });
    const stale = refused(await api.gql(SET_POLICY, { input: { months: 24, expectedVersion: 0 } }, { token: ta.MANAGER }), 'CONFLICT');
    expect(stale.extensions.reason).toBe('VERSION_MISMATCH');
    expect(refused(await api.gql(SET_POLICY, { input: { months: 601, expectedVersion: 1 } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('months');
    expect(refused(await api.gql(SET_POLICY, { input: { months: -1, expectedVersion: 1 } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('months');
    expect(ok(await api.gql(POLICY, {}, { token: ta.MANAGER })).retentionPolicy.months).toBe(12);
    expect(await auditOf(owner, a.id, { action: 'UPDATE', entityType: 'RetentionPolicy' })).toEqual([expect.objectContaining({ entityId: a.id, details: { months: 12 } })]);
    // Another organisation's period is its own.
    expect(ok(await api.gql(POLICY, {}, { token: tb.MANAGER })).retentionPolicy).toMatchObject({ months: 120, isDefault: true });
  });

  it('is a manager’s only: every other role is FORBIDDEN and nothing is written', async () => {
    const resident = await inactiveResident('Roleless');
    const request = await record(resident.id);
    const before = await everyRow(a.id);
    for (const token of [ta.COUNSELLOR, ta.GROUP_LEADER, ta.CONSORTIUM_COORDINATOR]) {
      const answers = [
        await api.gql(LIST, {}, { token }),
        await api.gql(RECORD, { input: { subjectKind: 'RESIDENT', subjectId: resident.id, receivedOn: today, channel: 'EMAIL' } }, { token }),
        await api.gql(CARRY_OUT, { input: { id: request.id, expectedVersion: request.version } }, { token }),
        await api.gql(REFUSE, { input: { id: request.id, expectedVersion: request.version, reason: 'LEGAL_CLAIMS' } }, { token }),
        await api.gql(POLICY, {}, { token }),
        await api.gql(SET_POLICY, { input: { months: 1, expectedVersion: 1 } }, { token }),
        await api.gql(REVIEW, {}, { token }),
      ];
      expect(answers.map((answer) => answer.errors?.map((e) => e.extensions?.code))).toEqual(answers.map(() => ['FORBIDDEN']));
    }
    expect(await everyRow(a.id)).toEqual(before);
  });

  it('refuses bad input with BAD_USER_INPUT and another organisation’s ids with NOT_FOUND', async () => {
    const resident = await inactiveResident('Inputs');
    const input = { subjectKind: 'RESIDENT' as const, subjectId: resident.id, receivedOn: today, channel: 'IN_PERSON' as const };
    expect(refused(await api.gql(RECORD, { input: { ...input, receivedOn: daysFromToday(3) } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('receivedOn');
    expect(refused(await api.gql(RECORD, { input: { ...input, staffNote: 'x'.repeat(501) } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('staffNote');
    expect(refused(await api.gql(RECORD, { input: { ...input, subjectId: 'not-an-id' } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('subjectId');
    expect(refused(await api.gql(LIST, { first: 101 }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('first');
    expect(refused(await api.gql(REVIEW, { first: 101 }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields).toHaveProperty('first');
    // The person of another organisation, and a relative's id given as a resident's: unknown.
    const theirs = await createResident(api, tb.MANAGER, { firstName: 'Other', lastName: 'Tenant', keyWorkerId: b.users.COUNSELLOR.id });
    expect(refused(await api.gql(RECORD, { input: { ...input, subjectId: theirs.id } }, { token: ta.MANAGER }), 'NOT_FOUND').message).not.toContain('Other');
    const theirRequest = ok(await api.gql(RECORD, { input: { ...input, subjectId: theirs.id } }, { token: tb.MANAGER })).recordErasureRequest;
    const before = await everyRow(b.id);
    refused(await api.gql(CARRY_OUT, { input: { id: theirRequest.id, expectedVersion: 1 } }, { token: ta.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(REFUSE, { input: { id: theirRequest.id, expectedVersion: 1, reason: 'WITHDRAWN' } }, { token: ta.MANAGER }), 'NOT_FOUND');
    expect(ok(await api.gql(LIST, {}, { token: ta.MANAGER })).erasureRequests.requests.map((r) => r.id)).not.toContain(theirRequest.id);
    expect(await everyRow(b.id)).toEqual(before);
  });

  it('refusing a request changes nothing of the person: every other row of the tenant is as it was', async () => {
    const resident = await createResident(api, ta.MANAGER, { firstName: 'Refusa', lastName: 'Keptova', keyWorkerId: a.users.COUNSELLOR.id, intakeDate: LONG_AGO, phone: '+38640111222' });
    await logSession(api, ta.COUNSELLOR, { residentId: resident.id, occurredOn: SESSION_DAY, durationMinutes: 50, kind: 'INDIVIDUAL', notes: 'Refusal notes' });
    const relative = await createRelative(api, ta.COUNSELLOR, { firstName: 'Rel', lastName: 'Keptova', residentId: resident.id, relationship: 'PARENT' });
    const request = await record(resident.id, 'RESIDENT', 'Identity checked with ID card');
    expect(request).toMatchObject({ subjectName: 'Refusa Keptova', status: 'PENDING', staffNote: 'Identity checked with ID card', version: 1, recordedByName: expect.any(String) });
    const before = await everyRow(a.id, ['erasure_request', 'audit_event']);
    const requestsBefore = await everyRow(a.id);

    const decided = ok(await api.gql(REFUSE, { input: { id: request.id, expectedVersion: 1, reason: 'LEGAL_RETENTION' } }, { token: ta.MANAGER })).refuseErasureRequest;
    expect(decided).toMatchObject({ status: 'REFUSED', refusalReason: 'LEGAL_RETENTION', subjectName: 'Refusa Keptova', version: 2 });
    expect(await everyRow(a.id, ['erasure_request', 'audit_event'])).toEqual(before);
    // Only the request itself changed (every other request row is as it was), and one audit row was added.
    const after = await everyRow(a.id);
    const others = (rows: unknown[]) => rows.filter((row) => (row as { id: string }).id !== request.id);
    expect(others(after.erasure_request)).toEqual(others(requestsBefore.erasure_request));
    expect(after.audit_event).toEqual(expect.arrayContaining(requestsBefore.audit_event));
    expect(after.audit_event.length).toBe(requestsBefore.audit_event.length + 1);
    expect(await auditOf(owner, a.id, { entityType: 'ErasureRequest', entityId: request.id })).toEqual([
      expect.objectContaining({ action: 'CREATE', residentId: resident.id }),
      expect.objectContaining({ action: 'UPDATE', residentId: resident.id, details: { status: 'REFUSED', reason: 'LEGAL_RETENTION' } }),
    ]);
    expect(await auditOf(owner, a.id, { action: 'ERASE', entityId: resident.id })).toEqual([]);
    // A decided request is not decided again.
    const again = refused(await api.gql(CARRY_OUT, { input: { id: request.id, expectedVersion: 2 } }, { token: ta.MANAGER }), 'CONFLICT');
    expect(again.extensions.reason).toBe('ERASURE_REQUEST_DECIDED');
    // The relative's own record is untouched too (read through the API as a case worker would).
    expect(JSON.stringify(ok(await api.gql(CASE_FILE, { id: resident.id }, { token: ta.MANAGER })).resident)).toContain('Refusal notes');
    expect(relative.id).toBeTruthy();
  });

  it('refuses to carry out within the retention period (CONFLICT with the date) and changes nothing', async () => {
    const resident = await createResident(api, ta.MANAGER, { firstName: 'Recenta', lastName: 'Activa', keyWorkerId: a.users.COUNSELLOR.id, intakeDate: LONG_AGO });
    const sessionDay = daysFromToday(-30);
    await logSession(api, ta.COUNSELLOR, { residentId: resident.id, occurredOn: sessionDay, durationMinutes: 45, kind: 'INDIVIDUAL' });
    const request = await record(resident.id, 'RESIDENT', 'Asked by phone');
    // The list tells the manager in advance until when the record must be kept.
    const listed = ok(await api.gql(LIST, { status: 'PENDING' }, { token: ta.MANAGER })).erasureRequests.requests.find((r) => r.id === request.id);
    const until = listed?.retainedUntil ?? '';
    expect(until > today).toBe(true);
    const before = await everyRow(a.id);

    const conflict = refused(await api.gql(CARRY_OUT, { input: { id: request.id, expectedVersion: 1 } }, { token: ta.MANAGER }), 'CONFLICT');
    expect(conflict.extensions).toMatchObject({ reason: 'RETENTION_PERIOD_RUNNING', retainedUntil: until });
    expect(conflict.message).not.toContain('Recenta');
    expect(await everyRow(a.id)).toEqual(before);
    // The manager then refuses it with that reason.
    expect(ok(await api.gql(REFUSE, { input: { id: request.id, expectedVersion: 1, reason: 'LEGAL_RETENTION' } }, { token: ta.MANAGER })).refuseErasureRequest.status).toBe('REFUSED');
  });

  it('after carrying out, the name and the note are gone from the request list and the case file, and the figures of the period are unchanged', async () => {
    const resident = await createResident(api, ta.MANAGER, { firstName: 'Erasmina', lastName: 'Zbrisana', keyWorkerId: a.users.COUNSELLOR.id, intakeDate: LONG_AGO, email: 'erasmina@example.test' });
    await logSession(api, ta.COUNSELLOR, { residentId: resident.id, occurredOn: SESSION_DAY, durationMinutes: 60, kind: 'INDIVIDUAL', notes: 'Erasmina spoke about her brother' });
    const period = { from: daysFromToday(-4 * 365), to: today };
    const figuresBefore = ok(await api.gql(FIGURES, period, { token: ta.MANAGER })).metricFigures;
    expect(figuresBefore.find((f) => f.metric === 'COUNSELLING_HOURS')?.value).toBeGreaterThan(0);
    const request = await record(resident.id, 'RESIDENT', 'Erasmina came in person');
    expect(request.retainedUntil).toBeNull();

    const done = ok(await api.gql(CARRY_OUT, { input: { id: request.id, expectedVersion: 1 } }, { token: ta.MANAGER })).carryOutErasureRequest;
    expect(done).toMatchObject({ status: 'CARRIED_OUT', staffNote: null, version: 2, decidedByName: expect.any(String) });
    expect(done.erasedRows).toBeGreaterThanOrEqual(2);

    const list = JSON.stringify(ok(await api.gql(LIST, {}, { token: ta.MANAGER })).erasureRequests);
    expect(list).toContain(request.id);
    for (const trace of ['Erasmina', 'Zbrisana', 'erasmina@example.test', 'came in person']) expect(list).not.toContain(trace);
    const caseFile = JSON.stringify(ok(await api.gql(CASE_FILE, { id: resident.id }, { token: ta.MANAGER })).resident);
    for (const trace of ['Erasmina', 'Zbrisana', 'erasmina@example.test', 'brother']) expect(caseFile).not.toContain(trace);
    // The request row keeps the person's id and nothing that names them.
    const [stored] = await ownerQuery<Record<string, unknown>>(owner, a.id, `select * from erasure_request where id = ?`, [request.id]);
    expect(stored).toMatchObject({ subject_id: resident.id, staff_note: null, status: 'CARRIED_OUT' });
    expect(JSON.stringify(stored)).not.toMatch(/Erasmina|Zbrisana/);
    // One ERASE row: who, when, which tables and how many rows; no names.
    const [erase] = await auditOf(owner, a.id, { action: 'ERASE', entityId: resident.id });
    expect(erase).toMatchObject({ entityType: 'Resident', residentId: resident.id, userId: a.users.MANAGER.id, details: expect.objectContaining({ erasureRequestId: request.id, tables: expect.arrayContaining(['resident', 'counselling_session']), totalRows: done.erasedRows }) });
    expect(JSON.stringify(erase)).not.toMatch(/Erasmina|Zbrisana|brother/);
    // The figures of the period count the same hours and people.
    expect(ok(await api.gql(FIGURES, period, { token: ta.MANAGER })).metricFigures).toEqual(figuresBefore);
    // Erased once: a new request for the person is refused.
    expect(refused(await api.gql(RECORD, { input: { subjectKind: 'RESIDENT', subjectId: resident.id, receivedOn: today, channel: 'EMAIL' } }, { token: ta.MANAGER }), 'CONFLICT').extensions.reason).toBe('ALREADY_ERASED');
  });

  it('lets only one of two decisions on a request pass, and one pending request per person', async () => {
    const resident = await inactiveResident('Racer');
    const request = await record(resident.id);
    expect(refused(await api.gql(RECORD, { input: { subjectKind: 'RESIDENT', subjectId: resident.id, receivedOn: today, channel: 'PHONE' } }, { token: ta.MANAGER }), 'CONFLICT').extensions.reason).toBe('ERASURE_REQUEST_PENDING');
    expect(refused(await api.gql(CARRY_OUT, { input: { id: request.id, expectedVersion: 7 } }, { token: ta.MANAGER }), 'CONFLICT').extensions.reason).toBe('VERSION_MISMATCH');

    // Two managers decide at once (a second manager's session: the same account signed in twice).
    const other = (await api.login(a.users.MANAGER.email)).token;
    const answers = await Promise.all([
      api.gql(CARRY_OUT, { input: { id: request.id, expectedVersion: 1 } }, { token: ta.MANAGER }),
      api.gql(REFUSE, { input: { id: request.id, expectedVersion: 1, reason: 'WITHDRAWN' } }, { token: other }),
      api.gql(CARRY_OUT, { input: { id: request.id, expectedVersion: 1 } }, { token: other }),
    ]);
    const passed = answers.filter((answer) => !answer.errors);
    const conflicts = answers.filter((answer) => answer.errors).map((answer) => errorOf(answer));
    expect(passed).toHaveLength(1);
    expect(conflicts.map((c) => [c.code, ['ERASURE_REQUEST_DECIDED', 'VERSION_MISMATCH'].includes(c.extensions.reason ?? '')])).toEqual([['CONFLICT', true], ['CONFLICT', true]]);
    const decisions = (await auditOf(owner, a.id, { entityId: request.id })).filter((row) => row.action !== 'CREATE');
    const erasures = await auditOf(owner, a.id, { action: 'ERASE', entityId: resident.id });
    expect(decisions.length + erasures.length).toBe(1);

    // Two requests for one person at once: one is recorded.
    const twin = await inactiveResident('Twin');
    const records = await Promise.all([1, 2].map(() => api.gql(RECORD, { input: { subjectKind: 'RESIDENT', subjectId: twin.id, receivedOn: today, channel: 'EMAIL' } }, { token: ta.MANAGER })));
    expect(records.filter((r) => !r.errors)).toHaveLength(1);
    expect(records.filter((r) => r.errors).map((r) => errorOf(r).extensions.reason)).toEqual(['ERASURE_REQUEST_PENDING']);
  });

  it('lists the inactive people for review, not the active ones nor the erased', async () => {
    const inactive = await inactiveResident('Dormant');
    const active = await createResident(api, ta.MANAGER, { firstName: 'Lively', lastName: 'Active', keyWorkerId: a.users.COUNSELLOR.id, intakeDate: LONG_AGO });
    await logSession(api, ta.COUNSELLOR, { residentId: active.id, occurredOn: daysFromToday(-10), durationMinutes: 30, kind: 'INDIVIDUAL' });
    const erased = await inactiveResident('Gone');
    const erasedRequest = await record(erased.id);
    ok(await api.gql(CARRY_OUT, { input: { id: erasedRequest.id, expectedVersion: 1 } }, { token: ta.MANAGER }));
    // A relative counts from their own activity: one last seen long ago (as the owner: the API stamps today), one seen last month.
    const oldRelative = await createRelative(api, ta.MANAGER, { firstName: 'Oldrel', lastName: 'Quiet' });
    await ownerQuery(owner, a.id, `update relative set created_at = ? where id = ?`, [`${LONG_AGO}T10:00:00Z`, oldRelative.id]);
    const activeRelative = await createRelative(api, ta.MANAGER, { firstName: 'Newrel', lastName: 'Busy' });
    await ownerQuery(owner, a.id, `update relative set created_at = ? where id = ?`, [`${LONG_AGO}T10:00:00Z`, activeRelative.id]);
    await logRelativeSession(api, ta.COUNSELLOR, { relativeId: activeRelative.id, occurredOn: daysFromToday(-20), durationMinutes: 30, kind: 'PHONE' });
    const pending = await record(inactive.id);

    const review = ok(await api.gql(REVIEW, { first: 100 }, { token: ta.MANAGER })).retentionReview;
    expect(review.months).toBe(12);
    const ids = review.people.map((p) => p.id);
    expect(review.people.find((p) => p.id === inactive.id)).toEqual({ kind: 'RESIDENT', id: inactive.id, name: 'Dormant Inactive', lastActivityOn: LONG_AGO, pendingRequestId: pending.id });
    expect(review.people.find((p) => p.id === oldRelative.id)).toMatchObject({ kind: 'RELATIVE', name: 'Oldrel Quiet', lastActivityOn: LONG_AGO, pendingRequestId: null });
    expect(ids).not.toContain(active.id);
    expect(ids).not.toContain(activeRelative.id);
    expect(ids).not.toContain(erased.id);
    expect(review.people.every((p) => p.lastActivityOn === null || p.lastActivityOn < review.activeSince)).toBe(true);
    // Paged: the first page of one, and the total on every page.
    const page = ok(await api.gql(REVIEW, { first: 1, offset: 1 }, { token: ta.MANAGER })).retentionReview;
    expect(page.people).toHaveLength(1);
    expect(page.people[0].id).toBe(review.people[1].id);
    expect(page.totalCount).toBe(review.totalCount);
    // Each person listed was a disclosure: audited as a READ.
    expect(await auditOf(owner, a.id, { action: 'READ', entityType: 'Resident', entityId: inactive.id })).not.toEqual([]);
  });
});
