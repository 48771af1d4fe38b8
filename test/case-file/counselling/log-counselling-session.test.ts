import { Role } from '@bridgeway/shared-domain';
import { errorOf, graphql, ok } from '../../support/api.js';
import { daysFromToday, insertRelative, insertResident } from '../../support/factories.js';
import type { LogCounsellingSessionInput, LogRelativeSessionInput } from '../../support/gql/graphql.js';
import { auditOf, tableCounts } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const LOG = graphql(`mutation LogSession($input: LogCounsellingSessionInput!) {
  logCounsellingSession(input: $input) {
    id occurredOn durationMinutes kind domains notes hopes resources usefulExperience nextStep notesVisible relativeId
    counsellor { id role organisation { id } } resident { id }
  }
}`);
const LOG_RELATIVE = graphql(`mutation LogRelativeSession($input: LogRelativeSessionInput!) {
  logRelativeSession(input: $input) { id relativeId relative { id } durationMinutes notes resident { id } counsellor { id } }
}`);
const SESSION = graphql(`query CounsellingSession($id: ID!) { counsellingSession(id: $id) { id durationMinutes resident { id counsellingMinutes counsellingSessions { id occurredOn } } } }`);
const FIRST_TWO = graphql(`query SessionsFirstTwo($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions(first: 2) { occurredOn } } } }`);
const FIRST_NEGATIVE = graphql(`query SessionsFirstNegative($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions(first: -1) { id } } } }`);

/** Logging sessions: the contract input, validation, tenancy, roles and the audit trail. */
describe('logCounsellingSession / logRelativeSession', () => {
  let { owner, api, a, b, ta: tokenA, tb: tokenB } = {} as CaseFileSuite;
  caseFileSuite('cs-log', (suite) => ({ owner, api, a, b, ta: tokenA, tb: tokenB } = suite));
  let residentA: string;
  let residentB: string;

  const sessionsOf = async (tenantId: string) => (await tableCounts(owner, tenantId)).counselling_session;
  const valid = (residentId: string, extra: Partial<LogCounsellingSessionInput> = {}): LogCounsellingSessionInput => ({ residentId, occurredOn: '2025-03-04', durationMinutes: 50, kind: 'INDIVIDUAL', notes: 'Check-in', ...extra });
  const log = (token: string, input: LogCounsellingSessionInput) => api.gql(LOG, { input }, { token });

  beforeAll(async () => {
    residentA = await insertResident(owner, a.id, a.users.COUNSELLOR.id);
    residentB = await insertResident(owner, b.id);
  });

  it('logs a session with the contract fields, defaults the counsellor to me and audits CREATE with the resident', async () => {
    const session = ok(await log(tokenA.COUNSELLOR, valid(residentA, { notes: 'Talked about the job interview.' }))).logCounsellingSession;
    expect(session).toMatchObject({
      occurredOn: '2025-03-04',
      durationMinutes: 50,
      kind: 'INDIVIDUAL',
      domains: [],
      notes: 'Talked about the job interview.',
      notesVisible: true,
      relativeId: null,
      counsellor: { id: a.users.COUNSELLOR.id, role: 'COUNSELLOR', organisation: { id: a.id } },
      resident: { id: residentA },
    });
    expect(await auditOf(owner, a.id, { entityId: session.id, action: 'CREATE' })).toEqual([
      expect.objectContaining({ entityType: 'CounsellingSession', userId: a.users.COUNSELLOR.id, residentId: residentA }),
    ]);
  });

  it('stores the optional domains, solution-focused fields and another counsellor (a manager logging for them)', async () => {
    const res = await log(
      tokenA.MANAGER,
      valid(residentA, { domains: ['WORK', 'SOBRIETY'], hopes: ' A steady job ', resources: 'Brother', usefulExperience: 'Morning walks', nextStep: 'Call the agency', counsellorId: a.users.MANAGER.id, kind: 'PHONE' }),
    );
    expect(ok(res).logCounsellingSession).toMatchObject({
      kind: 'PHONE',
      domains: ['WORK', 'SOBRIETY'],
      hopes: 'A steady job',
      resources: 'Brother',
      usefulExperience: 'Morning walks',
      nextStep: 'Call the agency',
      counsellor: { id: a.users.MANAGER.id },
    });
  });

  it('accepts the duration bounds 1 and 600 and refuses 0 and 601 with the field durationMinutes, writing nothing', async () => {
    for (const minutes of [1, 600]) ok(await log(tokenA.COUNSELLOR, valid(residentA, { durationMinutes: minutes })));
    const before = await sessionsOf(a.id);
    for (const minutes of [0, 601, -5]) {
      const error = errorOf(await log(tokenA.COUNSELLOR, valid(residentA, { durationMinutes: minutes })));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.fields)).toEqual(['durationMinutes']);
      expect(error.fields.durationMinutes).toMatch(/minute/);
    }
    expect(await sessionsOf(a.id)).toBe(before);
  });

  it('refuses an impossible calendar date and a future date, writing nothing', async () => {
    const before = await sessionsOf(a.id);
    const impossible = errorOf(await log(tokenA.COUNSELLOR, valid(residentA, { occurredOn: '2025-02-30' })));
    expect(impossible.code).toBe('BAD_USER_INPUT');
    expect(impossible.message).toMatch(/occurredOn/);
    const future = errorOf(await log(tokenA.COUNSELLOR, valid(residentA, { occurredOn: daysFromToday(2) })));
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT', fields: { occurredOn: 'The session date cannot be in the future' } });
    expect(await sessionsOf(a.id)).toBe(before);
  });

  it('names every invalid field at once', async () => {
    const error = errorOf(await log(tokenA.COUNSELLOR, valid(residentA, { durationMinutes: 0, occurredOn: daysFromToday(3), domains: ['WORK', 'WORK'], counsellorId: 'nope' })));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.fields).sort()).toEqual(['counsellorId', 'domains', 'durationMinutes', 'occurredOn']);
  });

  it('refuses a counsellorId that is not a case worker (BAD_USER_INPUT) or not in the organisation (NOT_FOUND)', async () => {
    const before = await sessionsOf(a.id);
    expect(errorOf(await log(tokenA.MANAGER, valid(residentA, { counsellorId: a.users.GROUP_LEADER.id })))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { counsellorId: expect.any(String) } });
    expect(errorOf(await log(tokenA.MANAGER, valid(residentA, { counsellorId: b.users.COUNSELLOR.id }))).code).toBe('NOT_FOUND');
    expect(await sessionsOf(a.id)).toBe(before);
  });

  it('answers NOT_FOUND for another tenant\'s resident and session, and changes nothing in either tenant', async () => {
    const own = ok(await log(tokenA.COUNSELLOR, valid(residentA))).logCounsellingSession.id;
    const [beforeA, beforeB] = [await sessionsOf(a.id), await sessionsOf(b.id)];
    const auditBefore = (await auditOf(owner, b.id, { entityId: residentA })).length;
    expect(errorOf(await log(tokenB.COUNSELLOR, valid(residentA))).code).toBe('NOT_FOUND');
    expect(errorOf(await log(tokenB.MANAGER, valid('6c1c6a4e-0000-4000-8000-000000000000'))).code).toBe('NOT_FOUND');
    expect(errorOf(await api.gql(SESSION, { id: own }, { token: tokenB.MANAGER })).code).toBe('NOT_FOUND');
    expect(errorOf(await api.gql(SESSION, { id: 'not-a-uuid' }, { token: tokenB.MANAGER })).code).toBe('NOT_FOUND');
    expect([await sessionsOf(a.id), await sessionsOf(b.id)]).toEqual([beforeA, beforeB]);
    expect((await auditOf(owner, b.id, { entityId: residentA })).length).toBe(auditBefore);
    // Tenant B's own resident still works for tenant B.
    ok(await log(tokenB.COUNSELLOR, valid(residentB)));
  });

  it('refuses GROUP_LEADER and CONSORTIUM_COORDINATOR with FORBIDDEN and writes nothing', async () => {
    const own = ok(await log(tokenA.COUNSELLOR, valid(residentA))).logCounsellingSession.id;
    const before = await sessionsOf(a.id);
    for (const role of [Role.GROUP_LEADER, Role.CONSORTIUM_COORDINATOR]) {
      expect(errorOf(await log(tokenA[role], valid(residentA))).code).toBe('FORBIDDEN');
      expect(errorOf(await api.gql(SESSION, { id: own }, { token: tokenA[role] })).code).toBe('FORBIDDEN');
    }
    expect(await sessionsOf(a.id)).toBe(before);
  });

  it('lists a resident\'s sessions newest first (optionally the first N) with the minutes summed', async () => {
    const residentId = await insertResident(owner, a.id);
    const days = ['2025-01-10', '2025-03-01', '2025-02-14'];
    const minutes = [30, 45, 60];
    const ids: string[] = [];
    for (const [i, occurredOn] of days.entries()) ids.push(ok(await log(tokenA.COUNSELLOR, valid(residentId, { occurredOn, durationMinutes: minutes[i] }))).logCounsellingSession.id);
    const resident = ok(await api.gql(SESSION, { id: ids[0] }, { token: tokenA.MANAGER })).counsellingSession.resident;
    expect(resident.counsellingSessions.map((s) => s.occurredOn)).toEqual([...days].sort().reverse());
    expect(resident.counsellingMinutes).toBe(minutes.reduce((x, y) => x + y, 0));
    const firstTwo = ok(await api.gql(FIRST_TWO, { id: ids[0] }, { token: tokenA.MANAGER }));
    expect(firstTwo.counsellingSession.resident.counsellingSessions).toEqual([{ occurredOn: '2025-03-01' }, { occurredOn: '2025-02-14' }]);
    const negative = await api.gql(FIRST_NEGATIVE, { id: ids[0] }, { token: tokenA.MANAGER });
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
  });

  describe('with a relative', () => {
    it('logs a session with a relative alone or about a linked resident, audited', async () => {
      const relativeId = await insertRelative(owner, a.id, residentA);
      const alone = ok(await api.gql(LOG_RELATIVE, { input: { relativeId, occurredOn: '2025-04-01', durationMinutes: 40, kind: 'FAMILY', notes: 'Worried mother' } }, { token: tokenA.COUNSELLOR }));
      expect(alone.logRelativeSession).toMatchObject({ relativeId, relative: { id: relativeId }, durationMinutes: 40, notes: 'Worried mother', resident: null, counsellor: { id: a.users.COUNSELLOR.id } });
      const about = ok(await api.gql(LOG_RELATIVE, { input: { relativeId, residentId: residentA, occurredOn: '2025-04-02', durationMinutes: 20, kind: 'FAMILY', domains: ['FAMILY'] } }, { token: tokenA.MANAGER })).logRelativeSession;
      expect(about).toMatchObject({ relativeId, resident: { id: residentA } });
      expect(await auditOf(owner, a.id, { entityId: about.id })).toEqual([expect.objectContaining({ action: 'CREATE', residentId: residentA })]);
    });

    it('refuses a resident the relative is not linked to, another tenant\'s relative, and bad durations, writing nothing', async () => {
      const relativeId = await insertRelative(owner, a.id);
      const relativeB = await insertRelative(owner, b.id);
      const before = await sessionsOf(a.id);
      const input: LogRelativeSessionInput = { relativeId, occurredOn: '2025-04-01', durationMinutes: 40, kind: 'FAMILY', notes: 'n' };
      expect(errorOf(await api.gql(LOG_RELATIVE, { input: { ...input, residentId: residentA } }, { token: tokenA.COUNSELLOR }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { residentId: expect.any(String) } });
      expect(errorOf(await api.gql(LOG_RELATIVE, { input: { ...input, relativeId: relativeB } }, { token: tokenA.COUNSELLOR })).code).toBe('NOT_FOUND');
      expect(errorOf(await api.gql(LOG_RELATIVE, { input: { ...input, durationMinutes: 601 } }, { token: tokenA.COUNSELLOR })).fields).toHaveProperty('durationMinutes');
      expect(errorOf(await api.gql(LOG_RELATIVE, { input }, { token: tokenA.GROUP_LEADER })).code).toBe('FORBIDDEN');
      expect(await sessionsOf(a.id)).toBe(before);
    });
  });
});
