import type { MikroORM } from '@mikro-orm/postgresql';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { CounsellingSession } from '@bridgeway/api-counselling';
import { Role } from '@bridgeway/shared-domain';
import { ownerOrm } from '../../support/orm.js';
import { startApi, type TestApi } from '../../support/api.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';
import { auditOf, createRelative, createResident, daysFromToday, errorOf, tokensFor } from './fixtures.js';

const LOG = `mutation($input: LogCounsellingSessionInput!) {
  logCounsellingSession(input: $input) {
    id occurredOn durationMinutes kind domains notes hopes resources usefulExperience nextStep notesVisible relativeId
    counsellor { id role organisation { id } } resident { id }
  }
}`;
const LOG_RELATIVE = `mutation($input: LogRelativeSessionInput!) {
  logRelativeSession(input: $input) { id relativeId relative { id } durationMinutes notes resident { id } counsellor { id } }
}`;
const SESSION = `query($id: ID!) { counsellingSession(id: $id) { id durationMinutes resident { id counsellingMinutes counsellingSessions { id occurredOn } } } }`;

/** Logging sessions: the contract input, validation, tenancy, roles and the audit trail. */
describe('logCounsellingSession / logRelativeSession', () => {
  let owner: MikroORM;
  let api: TestApi;
  let a: TestTenant;
  let b: TestTenant;
  let tokenA: Record<Role, string>;
  let tokenB: Record<Role, string>;
  let residentA: string;
  let residentB: string;

  const sessionsOf = (tenantId: string) => forkForTenant(owner.em, tenantId).count(CounsellingSession, { tenant: tenantId });
  const valid = (residentId: string, extra: Record<string, unknown> = {}) => ({ residentId, occurredOn: '2025-03-04', durationMinutes: 50, kind: 'INDIVIDUAL', ...extra });
  const log = (token: string, input: Record<string, unknown>) => api.gql(LOG, { input }, { token });

  beforeAll(async () => {
    owner = await ownerOrm();
    a = await createTestTenant(owner, 'cs-log-a');
    b = await createTestTenant(owner, 'cs-log-b');
    residentA = await createResident(owner, a.id, a.users.COUNSELLOR.id);
    residentB = await createResident(owner, b.id);
    api = await startApi();
    tokenA = await tokensFor(api, a);
    tokenB = await tokensFor(api, b);
  });

  afterAll(async () => {
    await api?.close();
    await owner?.close(true);
  });

  it('logs a session with the contract fields, defaults the counsellor to me and audits CREATE with the resident', async () => {
    const res = await log(tokenA.COUNSELLOR, valid(residentA, { notes: 'Talked about the job interview.' }));
    expect(res.errors).toBeUndefined();
    const session = res.data!.logCounsellingSession;
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
    const audit = await auditOf(owner, a.id, session.id);
    expect(audit.filter((e) => e.action === 'CREATE')).toEqual([
      expect.objectContaining({ entityType: 'CounsellingSession', userId: a.users.COUNSELLOR.id, residentId: residentA }),
    ]);
  });

  it('stores the optional domains, solution-focused fields and another counsellor (a manager logging for them)', async () => {
    const res = await log(
      tokenA.MANAGER,
      valid(residentA, { domains: ['WORK', 'SOBRIETY'], hopes: ' A steady job ', resources: 'Brother', usefulExperience: 'Morning walks', nextStep: 'Call the agency', counsellorId: a.users.MANAGER.id, kind: 'PHONE' }),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.logCounsellingSession).toMatchObject({
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
    for (const minutes of [1, 600]) expect((await log(tokenA.COUNSELLOR, valid(residentA, { durationMinutes: minutes }))).errors).toBeUndefined();
    const before = await sessionsOf(a.id);
    for (const minutes of [0, 601, -5]) {
      const error = errorOf(await log(tokenA.COUNSELLOR, valid(residentA, { durationMinutes: minutes })));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.fields!)).toEqual(['durationMinutes']);
      expect(error.fields!.durationMinutes).toMatch(/minute/);
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
    expect(Object.keys(error.fields!).sort()).toEqual(['counsellorId', 'domains', 'durationMinutes', 'occurredOn']);
  });

  it('refuses a counsellorId that is not a case worker (BAD_USER_INPUT) or not in the organisation (NOT_FOUND)', async () => {
    const before = await sessionsOf(a.id);
    expect(errorOf(await log(tokenA.MANAGER, valid(residentA, { counsellorId: a.users.GROUP_LEADER.id })))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { counsellorId: expect.any(String) } });
    expect(errorOf(await log(tokenA.MANAGER, valid(residentA, { counsellorId: b.users.COUNSELLOR.id }))).code).toBe('NOT_FOUND');
    expect(await sessionsOf(a.id)).toBe(before);
  });

  it('answers NOT_FOUND for another tenant\'s resident and session, and changes nothing in either tenant', async () => {
    const own = (await log(tokenA.COUNSELLOR, valid(residentA))).data!.logCounsellingSession.id;
    const [beforeA, beforeB] = [await sessionsOf(a.id), await sessionsOf(b.id)];
    const auditBefore = (await auditOf(owner, b.id, residentA)).length;
    expect(errorOf(await log(tokenB.COUNSELLOR, valid(residentA))).code).toBe('NOT_FOUND');
    expect(errorOf(await log(tokenB.MANAGER, valid('6c1c6a4e-0000-4000-8000-000000000000'))).code).toBe('NOT_FOUND');
    expect(errorOf(await api.gql(SESSION, { id: own }, { token: tokenB.MANAGER })).code).toBe('NOT_FOUND');
    expect(errorOf(await api.gql(SESSION, { id: 'not-a-uuid' }, { token: tokenB.MANAGER })).code).toBe('NOT_FOUND');
    expect([await sessionsOf(a.id), await sessionsOf(b.id)]).toEqual([beforeA, beforeB]);
    expect((await auditOf(owner, b.id, residentA)).length).toBe(auditBefore);
    // Tenant B's own resident still works for tenant B.
    expect((await log(tokenB.COUNSELLOR, valid(residentB))).errors).toBeUndefined();
  });

  it('refuses GROUP_LEADER and CONSORTIUM_COORDINATOR with FORBIDDEN and writes nothing', async () => {
    const own = (await log(tokenA.COUNSELLOR, valid(residentA))).data!.logCounsellingSession.id;
    const before = await sessionsOf(a.id);
    for (const role of [Role.GROUP_LEADER, Role.CONSORTIUM_COORDINATOR]) {
      expect(errorOf(await log(tokenA[role], valid(residentA))).code).toBe('FORBIDDEN');
      expect(errorOf(await api.gql(SESSION, { id: own }, { token: tokenA[role] })).code).toBe('FORBIDDEN');
    }
    expect(await sessionsOf(a.id)).toBe(before);
  });

  it('lists a resident\'s sessions newest first (optionally the first N) with the minutes summed', async () => {
    const residentId = await createResident(owner, a.id);
    const days = ['2025-01-10', '2025-03-01', '2025-02-14'];
    const minutes = [30, 45, 60];
    const ids: string[] = [];
    for (const [i, occurredOn] of days.entries()) ids.push((await log(tokenA.COUNSELLOR, valid(residentId, { occurredOn, durationMinutes: minutes[i] }))).data!.logCounsellingSession.id);
    const res = await api.gql(SESSION, { id: ids[0] }, { token: tokenA.MANAGER });
    expect(res.errors).toBeUndefined();
    const resident = res.data!.counsellingSession.resident;
    expect(resident.counsellingSessions.map((s: { occurredOn: string }) => s.occurredOn)).toEqual([...days].sort().reverse());
    expect(resident.counsellingMinutes).toBe(minutes.reduce((x, y) => x + y, 0));
    const firstTwo = await api.gql(`query($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions(first: 2) { occurredOn } } } }`, { id: ids[0] }, { token: tokenA.MANAGER });
    expect(firstTwo.data!.counsellingSession.resident.counsellingSessions).toEqual([{ occurredOn: '2025-03-01' }, { occurredOn: '2025-02-14' }]);
    const negative = await api.gql(`query($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions(first: -1) { id } } } }`, { id: ids[0] }, { token: tokenA.MANAGER });
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
  });

  describe('with a relative', () => {
    it('logs a session with a relative alone or about a linked resident, audited', async () => {
      const relativeId = await createRelative(owner, a.id, residentA);
      const alone = await api.gql(LOG_RELATIVE, { input: { relativeId, occurredOn: '2025-04-01', durationMinutes: 40, kind: 'FAMILY', notes: 'Worried mother' } }, { token: tokenA.COUNSELLOR });
      expect(alone.errors).toBeUndefined();
      expect(alone.data!.logRelativeSession).toMatchObject({ relativeId, relative: { id: relativeId }, durationMinutes: 40, notes: 'Worried mother', resident: null, counsellor: { id: a.users.COUNSELLOR.id } });
      const about = await api.gql(LOG_RELATIVE, { input: { relativeId, residentId: residentA, occurredOn: '2025-04-02', durationMinutes: 20, kind: 'FAMILY' } }, { token: tokenA.MANAGER });
      expect(about.data!.logRelativeSession).toMatchObject({ relativeId, resident: { id: residentA } });
      expect(await auditOf(owner, a.id, about.data!.logRelativeSession.id)).toEqual([expect.objectContaining({ action: 'CREATE', residentId: residentA })]);
    });

    it('refuses a resident the relative is not linked to, another tenant\'s relative, and bad durations, writing nothing', async () => {
      const relativeId = await createRelative(owner, a.id);
      const relativeB = await createRelative(owner, b.id);
      const before = await sessionsOf(a.id);
      const input = { relativeId, occurredOn: '2025-04-01', durationMinutes: 40, kind: 'FAMILY' };
      expect(errorOf(await api.gql(LOG_RELATIVE, { input: { ...input, residentId: residentA } }, { token: tokenA.COUNSELLOR }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { residentId: expect.any(String) } });
      expect(errorOf(await api.gql(LOG_RELATIVE, { input: { ...input, relativeId: relativeB } }, { token: tokenA.COUNSELLOR })).code).toBe('NOT_FOUND');
      expect(errorOf(await api.gql(LOG_RELATIVE, { input: { ...input, durationMinutes: 601 } }, { token: tokenA.COUNSELLOR })).fields).toHaveProperty('durationMinutes');
      expect(errorOf(await api.gql(LOG_RELATIVE, { input }, { token: tokenA.GROUP_LEADER })).code).toBe('FORBIDDEN');
      expect(await sessionsOf(a.id)).toBe(before);
    });
  });
});
