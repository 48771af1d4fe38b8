import { Role, SESSION_CHANGE_DAYS } from '@bridgeway/shared-domain';
import { errorOf, graphql, ok } from '../../support/api.js';
import { insertRelative, insertResident, insertStaff, logRelativeSession, logSession } from '../../support/factories.js';
import type { CorrectCounsellingSessionInput } from '../../support/gql/graphql.js';
import { auditOf, ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const CORRECT = graphql(`mutation CorrectSession($input: CorrectCounsellingSessionInput!) {
  correctCounsellingSession(input: $input) { id version occurredOn durationMinutes kind domains notes withdrawn changeable }
}`);
const WITHDRAW = graphql(`mutation WithdrawSession($input: WithdrawCounsellingSessionInput!) {
  withdrawCounsellingSession(input: $input) { id version withdrawn changeable withdrawal { at reason by { id } } }
}`);
const HISTORY = graphql(`query SessionHistory($id: ID!) {
  counsellingSession(id: $id) {
    id withdrawn changeable
    revisions { change reason changedAt changedBy { id } occurredOn durationMinutes kind domains notes }
    resident { counsellingMinutes counsellingSessions { id withdrawn withdrawal { reason } } }
  }
}`);
const TOTALS = graphql(`query CorrectionTotals($from: Date!, $to: Date!) { counsellingTotals(from: $from, to: $to) { totalMinutes sessions residents } }`);
const METRICS = graphql(`query CorrectionMetrics($from: Date!, $to: Date!) { metricFigures(from: $from, to: $to) { metric value } }`);

type Revision = { change: string; previous: Record<string, unknown>; reason: string; changed_by_id: string };

/** Correcting and withdrawing a session: who, within which time, the history kept and the figures. */
describe('correctCounsellingSession / withdrawCounsellingSession', () => {
  let { owner, api, a, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('cs-correct', (suite) => ({ owner, api, a, ta, tb } = suite));
  let resident: string;
  let colleague: { id: string; token: string };

  const newSession = async (extra: Record<string, unknown> = {}) =>
    (await logSession(api, ta.COUNSELLOR, { residentId: resident, occurredOn: '2025-03-04', durationMinutes: 50, kind: 'INDIVIDUAL', notes: 'First notes', domains: ['WORK'], ...extra })).id;
  const correct = (token: string, input: CorrectCounsellingSessionInput) => api.gql(CORRECT, { input }, { token });
  const withdraw = (token: string, id: string, reason = 'Logged for the wrong resident') => api.gql(WITHDRAW, { input: { id, reason } }, { token });
  const revisions = (id: string) => ownerQuery<Revision>(owner, a.id, 'select change, previous, reason, changed_by_id from counselling_session_revision where session_id = ? order by changed_at', [id]);
  const loggedDaysAgo = (id: string, days: number) => ownerQuery(owner, a.id, `update counselling_session set created_at = now() - make_interval(days => ?) where id = ?`, [days, id]);

  beforeAll(async () => {
    resident = await insertResident(owner, a.id, a.users.COUNSELLOR.id);
    const staff = await insertStaff(owner, a, Role.COUNSELLOR, 'colleague');
    colleague = { id: staff.id, token: (await api.login(staff.email)).token };
  });

  it('corrects the given fields, bumps the version, keeps the previous values in a revision and audits UPDATE', async () => {
    const id = await newSession();
    const corrected = ok(await correct(ta.COUNSELLOR, { id, expectedVersion: 1, durationMinutes: 45, notes: 'Right notes', reason: 'Typo in the duration' })).correctCounsellingSession;
    expect(corrected).toMatchObject({ id, version: 2, occurredOn: '2025-03-04', durationMinutes: 45, kind: 'INDIVIDUAL', domains: ['WORK'], notes: 'Right notes', withdrawn: false, changeable: true });
    expect(await revisions(id)).toEqual([
      { change: 'CORRECTED', reason: 'Typo in the duration', changed_by_id: a.users.COUNSELLOR.id, previous: { occurredOn: '2025-03-04', durationMinutes: 50, kind: 'INDIVIDUAL', domains: ['WORK'], notes: 'First notes' } },
    ]);
    expect(await auditOf(owner, a.id, { entityId: id, action: 'UPDATE' })).toEqual([expect.objectContaining({ entityType: 'CounsellingSession', userId: a.users.COUNSELLOR.id, residentId: resident })]);
    const history = ok(await api.gql(HISTORY, { id }, { token: ta.MANAGER })).counsellingSession;
    expect(history.revisions).toEqual([
      expect.objectContaining({ change: 'CORRECTED', reason: 'Typo in the duration', changedBy: { id: a.users.COUNSELLOR.id }, durationMinutes: 50, notes: 'First notes', domains: ['WORK'] }),
    ]);
  });

  it('applies the record rules to the corrected session and refuses a stale version or a missing reason, changing nothing', async () => {
    const id = await newSession();
    const refusals: [CorrectCounsellingSessionInput, string, string][] = [
      [{ id, notes: '', domains: [], reason: 'Clear it' }, 'BAD_USER_INPUT', 'notes'],
      [{ id, occurredOn: '2023-12-31', reason: 'Earlier' }, 'BAD_USER_INPUT', 'occurredOn'],
      [{ id, durationMinutes: 601, reason: 'Longer' }, 'BAD_USER_INPUT', 'durationMinutes'],
      [{ id, durationMinutes: 40, reason: '   ' }, 'BAD_USER_INPUT', 'reason'],
    ];
    for (const [input, code, field] of refusals) {
      const error = errorOf(await correct(ta.COUNSELLOR, input));
      expect(error.code).toBe(code);
      expect(Object.keys(error.fields)).toEqual([field]);
    }
    expect(errorOf(await correct(ta.COUNSELLOR, { id, expectedVersion: 7, durationMinutes: 40, reason: 'x' }))).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'VERSION_MISMATCH', current: { version: 1 } } });
    expect(await revisions(id)).toEqual([]);
    expect(await auditOf(owner, a.id, { entityId: id, action: 'UPDATE' })).toEqual([]);
  });

  it('lets only the counsellor who held it or a manager change it; others get FORBIDDEN, other tenants NOT_FOUND', async () => {
    const id = await newSession();
    expect(errorOf(await correct(colleague.token, { id, durationMinutes: 40, reason: 'x' }))).toMatchObject({ code: 'FORBIDDEN', message: "Only the session's counsellor or a manager may correct it" });
    expect(errorOf(await withdraw(colleague.token, id))).toMatchObject({ code: 'FORBIDDEN', message: "Only the session's counsellor or a manager may withdraw it" });
    for (const role of [Role.GROUP_LEADER, Role.CONSORTIUM_COORDINATOR]) expect(errorOf(await withdraw(ta[role], id)).code).toBe('FORBIDDEN');
    expect(errorOf(await withdraw(tb.MANAGER, id)).code).toBe('NOT_FOUND');
    expect(errorOf(await correct(tb.COUNSELLOR, { id, durationMinutes: 40, reason: 'x' })).code).toBe('NOT_FOUND');
    expect(await revisions(id)).toEqual([]);
    // The colleague sees the session but neither its history (it holds old notes) nor a way to change it.
    const seen = ok(await api.gql(HISTORY, { id }, { token: colleague.token })).counsellingSession;
    expect(seen).toMatchObject({ changeable: false, revisions: null });
    expect(ok(await correct(ta.MANAGER, { id, kind: 'PHONE', reason: 'It was a call' })).correctCounsellingSession).toMatchObject({ kind: 'PHONE' });
    expect((await revisions(id))[0]).toMatchObject({ changed_by_id: a.users.MANAGER.id });
  });

  it(`allows changes for ${SESSION_CHANGE_DAYS} days after logging and refuses them afterwards, for managers too`, async () => {
    const id = await newSession();
    await loggedDaysAgo(id, SESSION_CHANGE_DAYS - 1);
    ok(await correct(ta.COUNSELLOR, { id, durationMinutes: 55, reason: 'Within the window' }));
    await loggedDaysAgo(id, SESSION_CHANGE_DAYS + 1);
    const message = `A session can be corrected or withdrawn only within ${SESSION_CHANGE_DAYS} days of logging it`;
    expect(errorOf(await correct(ta.COUNSELLOR, { id, durationMinutes: 60, reason: 'Too late' }))).toMatchObject({ code: 'FORBIDDEN', message });
    expect(errorOf(await withdraw(ta.MANAGER, id))).toMatchObject({ code: 'FORBIDDEN', message });
    expect(ok(await api.gql(HISTORY, { id }, { token: ta.COUNSELLOR })).counsellingSession.changeable).toBe(false);
    expect(await revisions(id)).toHaveLength(1);
  });

  it('withdraws a session: kept and marked with the reason, its history kept, no further change', async () => {
    const id = await newSession();
    const withdrawn = ok(await withdraw(ta.COUNSELLOR, id)).withdrawCounsellingSession;
    expect(withdrawn).toMatchObject({ id, version: 2, withdrawn: true, changeable: false, withdrawal: { reason: 'Logged for the wrong resident', by: { id: a.users.COUNSELLOR.id } } });
    expect(await revisions(id)).toEqual([expect.objectContaining({ change: 'WITHDRAWN', reason: 'Logged for the wrong resident', previous: expect.objectContaining({ notes: 'First notes' }) })]);
    expect(await auditOf(owner, a.id, { entityId: id, action: 'UPDATE' })).toHaveLength(1);
    const listed = ok(await api.gql(HISTORY, { id }, { token: ta.COUNSELLOR })).counsellingSession.resident?.counsellingSessions.find((s) => s.id === id);
    expect(listed).toEqual({ id, withdrawn: true, withdrawal: { reason: 'Logged for the wrong resident' } });
    const again = 'This session has been withdrawn; it cannot be changed any more';
    expect(errorOf(await withdraw(ta.MANAGER, id))).toMatchObject({ code: 'FORBIDDEN', message: again });
    expect(errorOf(await correct(ta.COUNSELLOR, { id, durationMinutes: 30, reason: 'x' }))).toMatchObject({ code: 'FORBIDDEN', message: again });
  });

  it('leaves a withdrawn session out of the resident\'s minutes, counsellingTotals and metricFigures', async () => {
    const residentId = await insertResident(owner, a.id);
    const relativeId = await insertRelative(owner, a.id);
    const period = { from: '2025-06-01', to: '2025-06-30' };
    const figures = async () => {
      const totals = ok(await api.gql(TOTALS, period, { token: ta.MANAGER })).counsellingTotals;
      const metrics = ok(await api.gql(METRICS, period, { token: ta.MANAGER })).metricFigures;
      const value = (metric: string) => metrics.find((m) => m.metric === metric)?.value;
      return { totals, hours: value('COUNSELLING_HOURS'), people: value('PEOPLE_COUNSELLED'), relatives: value('RELATIVES_SUPPORTED') };
    };
    const kept = (await logSession(api, ta.COUNSELLOR, { residentId, occurredOn: '2025-06-10', durationMinutes: 60, kind: 'INDIVIDUAL', notes: 'Kept' })).id;
    const wrong = (await logSession(api, ta.COUNSELLOR, { residentId, occurredOn: '2025-06-11', durationMinutes: 90, kind: 'INDIVIDUAL', notes: 'Wrong' })).id;
    const wrongRelative = (await logRelativeSession(api, ta.COUNSELLOR, { relativeId, occurredOn: '2025-06-12', durationMinutes: 30, kind: 'FAMILY', notes: 'Wrong' })).id;
    const before = await figures();
    expect(before.totals).toEqual({ totalMinutes: 180, sessions: 3, residents: 1 });
    expect([before.hours, before.people, before.relatives]).toEqual([3, 1, 1]);

    ok(await withdraw(ta.COUNSELLOR, wrong));
    ok(await withdraw(ta.COUNSELLOR, wrongRelative));
    const after = await figures();
    expect(after.totals).toEqual({ totalMinutes: 60, sessions: 1, residents: 1 });
    expect([after.hours, after.people, after.relatives]).toEqual([1, 1, 0]);
    expect(ok(await api.gql(HISTORY, { id: kept }, { token: ta.MANAGER })).counsellingSession.resident?.counsellingMinutes).toBe(60);
  });
});
