import { Goal, GoalEvent } from '@bridgeway/api-goals';
import { UserAccount } from '@bridgeway/api-organisations';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, forkForTenant } from '@bridgeway/api-tenancy';
import { GoalDomain, GoalStatus, Role } from '@bridgeway/shared-domain';
import { errorOf, graphql, ok, withStatements } from '../../support/api.js';
import { insertResident } from '../../support/factories.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import type { TestTenant } from '../../support/tenants.js';

const BY_DOMAIN = graphql(`query GoalsByDomain($from: Date, $to: Date) { goalsByDomain(from: $from, to: $to) { domain planned inProgress achieved abandoned total } }`);

/** A goal as this test wrote it: its current status and the day of its latest status change. */
interface Kept {
  domain: GoalDomain;
  status: GoalStatus;
  statusChangedOn: string;
}

const day = (d: string, hour = 12) => new Date(`${d}T${String(hour).padStart(2, '0')}:00:00Z`);

/** The figures by the contract's rules, from the test's own records. */
function expected(kept: Kept[], from?: string, to?: string) {
  const inPeriod = (k: Kept) => (!from || k.statusChangedOn >= from) && (!to || k.statusChangedOn <= to);
  return Object.values(GoalDomain).map((domain) => {
    const of = kept.filter((k) => k.domain === domain);
    const count = (status: GoalStatus, filter = false) => of.filter((k) => k.status === status && (!filter || inPeriod(k))).length;
    const row = {
      domain,
      planned: count(GoalStatus.PLANNED),
      inProgress: count(GoalStatus.IN_PROGRESS),
      achieved: count(GoalStatus.ACHIEVED, true),
      abandoned: count(GoalStatus.ABANDONED, true),
    };
    return { ...row, total: row.planned + row.inProgress + row.achieved + row.abandoned };
  });
}

/** goalsByDomain counted in SQL against goals and histories written by the test (as the owner, on known days). */
describe('goalsByDomain', () => {
  let { owner, api, a: t, b: other, ta: tokens } = {} as CaseFileSuite;
  caseFileSuite('goals-domain', (suite) => ({ owner, api, a: t, b: other, ta: tokens } = suite));
  const kept: Kept[] = [];

  async function writeGoal(tenant: TestTenant, residentId: string, domain: GoalDomain, path: { status: GoalStatus; on: string; hour?: number }[], progressLater?: string) {
    const em = forkForTenant(owner.em, tenant.id);
    const tenantRef = em.getReference(Tenant, tenant.id);
    const me = em.getReference(UserAccount, [tenant.id, tenant.users.COUNSELLOR.id]);
    const final = path.at(-1)!;
    const goal = em.create(Goal, { tenant: tenantRef, resident: em.getReference(Resident, [tenant.id, residentId]), domain, title: `${domain} goal`, status: final.status, progress: 50, createdBy: me, createdAt: day(path[0].on) });
    path.forEach((step, i) =>
      em.create(GoalEvent, { tenant: tenantRef, goal, changedBy: me, changedAt: day(step.on, step.hour), fromStatus: i ? path[i - 1].status : null, toStatus: step.status, fromProgress: i ? 50 : null, toProgress: 50 }),
    );
    // A progress-only entry after the last status change: not a status change.
    if (progressLater) em.create(GoalEvent, { tenant: tenantRef, goal, changedBy: me, changedAt: day(progressLater), fromStatus: final.status, toStatus: final.status, fromProgress: 50, toProgress: 60 });
    await em.flush();
    return { domain, status: final.status, statusChangedOn: final.on };
  }

  beforeAll(async () => {
    const r1 = await insertResident(owner, t.id);
    const r2 = await insertResident(owner, t.id);
    const { PLANNED, IN_PROGRESS, ACHIEVED, ABANDONED } = GoalStatus;
    const goals: [string, GoalDomain, { status: GoalStatus; on: string; hour?: number }[], string?][] = [
      [r1, GoalDomain.WORK, [{ status: PLANNED, on: '2025-01-05' }]],
      [r1, GoalDomain.WORK, [{ status: PLANNED, on: '2025-01-05' }, { status: IN_PROGRESS, on: '2025-02-01' }]],
      [r1, GoalDomain.WORK, [{ status: PLANNED, on: '2025-01-05' }, { status: ACHIEVED, on: '2025-03-10' }], '2025-06-01'],
      [r2, GoalDomain.WORK, [{ status: IN_PROGRESS, on: '2025-01-05' }, { status: ACHIEVED, on: '2025-05-20' }]],
      [r2, GoalDomain.HOUSING, [{ status: PLANNED, on: '2025-01-05' }, { status: ABANDONED, on: '2025-03-31' }]],
      // Achieved, reopened, achieved again: the latest change counts.
      [r2, GoalDomain.HOUSING, [{ status: PLANNED, on: '2025-01-05' }, { status: ACHIEVED, on: '2025-02-10' }, { status: IN_PROGRESS, on: '2025-02-20' }, { status: ACHIEVED, on: '2025-04-02' }]],
      [r2, GoalDomain.SOBRIETY, [{ status: ACHIEVED, on: '2024-12-31' }]],
      [r1, GoalDomain.HEALTH, [{ status: PLANNED, on: '2025-01-05' }, { status: IN_PROGRESS, on: '2025-01-06' }], '2025-03-15'],
      // Either side of midnight UTC before a period's first day (only changes from that day on are grouped).
      [r1, GoalDomain.FINANCES, [{ status: PLANNED, on: '2025-01-05' }, { status: ACHIEVED, on: '2025-02-28', hour: 23 }], '2025-03-20'],
      [r2, GoalDomain.FINANCES, [{ status: PLANNED, on: '2025-01-05' }, { status: ABANDONED, on: '2025-03-01', hour: 0 }]],
      // Closed before the period, reopened in it, closed again after it: counted in neither.
      [r2, GoalDomain.FAMILY, [{ status: PLANNED, on: '2025-01-05' }, { status: ACHIEVED, on: '2025-02-15' }, { status: IN_PROGRESS, on: '2025-03-05' }, { status: ACHIEVED, on: '2025-04-10' }]],
    ];
    for (const [residentId, domain, path, later] of goals) kept.push(await writeGoal(t, residentId, domain, path, later));
    // Another organisation's goals must not count.
    await writeGoal(other, await insertResident(owner, other.id), GoalDomain.WORK, [{ status: ACHIEVED, on: '2025-03-10' }]);
  });

  it('counts every domain by status, zeros included, with one grouped query', async () => {
    const { result, statements } = await withStatements(api, async () => ok(await api.gql(BY_DOMAIN, {}, { token: tokens.COUNSELLOR })).goalsByDomain);
    expect(result).toEqual(expected(kept));
    expect(result.find((r) => r.domain === 'WORK')).toEqual({ domain: 'WORK', planned: 1, inProgress: 1, achieved: 2, abandoned: 0, total: 4 });
    expect(statements.filter((q) => /from goal|join goal/.test(q))).toHaveLength(1);
  });

  it('with from/to counts achieved and abandoned goals by the day of their latest status change only', async () => {
    for (const [from, to] of [['2025-03-01', '2025-03-31'], ['2025-04-01', undefined], [undefined, '2025-02-28'], ['2025-06-01', '2025-06-30']]) {
      expect(ok(await api.gql(BY_DOMAIN, { from, to }, { token: tokens.MANAGER })).goalsByDomain).toEqual(expected(kept, from, to));
    }
    const march = ok(await api.gql(BY_DOMAIN, { from: '2025-03-01', to: '2025-03-31' }, { token: tokens.MANAGER })).goalsByDomain;
    expect(march.filter((r) => r.achieved || r.abandoned)).toEqual([
      { domain: 'WORK', planned: 1, inProgress: 1, achieved: 1, abandoned: 0, total: 3 },
      { domain: 'FINANCES', planned: 0, inProgress: 0, achieved: 0, abandoned: 1, total: 1 },
      { domain: 'HOUSING', planned: 0, inProgress: 0, achieved: 0, abandoned: 1, total: 1 },
    ]);
    const february = ok(await api.gql(BY_DOMAIN, { from: '2025-02-01', to: '2025-02-28' }, { token: tokens.MANAGER })).goalsByDomain;
    expect(february.find((r) => r.domain === 'FINANCES')).toMatchObject({ achieved: 1, abandoned: 0 });
    expect(february.find((r) => r.domain === 'FAMILY')).toMatchObject({ achieved: 0 });
  });

  it('refuses a period that ends before it starts, and GROUP_LEADER / CONSORTIUM_COORDINATOR', async () => {
    expect(errorOf(await api.gql(BY_DOMAIN, { from: '2025-03-01', to: '2025-02-01' }, { token: tokens.MANAGER }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: expect.any(String) } });
    for (const role of [Role.GROUP_LEADER, Role.CONSORTIUM_COORDINATOR]) {
      expect(errorOf(await api.gql(BY_DOMAIN, {}, { token: tokens[role] })).code).toBe('FORBIDDEN');
    }
  });
});
