import type { MikroORM } from '@mikro-orm/postgresql';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { createGoal, createResident } from '../../support/factories.js';
import { appOrm } from '../../support/orm.js';
import { apiSuite, type ApiSuite } from '../../support/suites.js';

/** A goal's history is evidence of progress over time: the API may add to it, never rewrite it. */
describe('goal history (goal_event) is append-only for the application role', () => {
  let { owner, api, t: tenant } = {} as ApiSuite;
  apiSuite('goal-events', {}, (suite) => ({ owner, api, t: tenant } = suite));
  let app: MikroORM;
  let goalId: string;

  beforeAll(async () => {
    app = await appOrm(1);
    const { token } = await api.login(tenant.users.MANAGER.email);
    const resident = await createResident(api, token, { firstName: 'Gaja', lastName: 'History' });
    goalId = (await createGoal(api, token, { residentId: resident.id, domain: 'HOUSING', title: 'Own flat' })).id;
  });

  afterAll(async () => {
    await app?.close(true);
  });

  const historyOf = async () =>
    forkForTenant(owner.em, tenant.id).execute<{ id: string; to_status: string; to_progress: number; changed_at: Date }[]>('select id, to_status, to_progress, changed_at from goal_event where goal_id = ? order by id', [goalId]);

  it('lets the application role read and insert goal events', async () => {
    const em = forkForTenant(app.em, tenant.id);
    const [{ n }] = await em.execute<{ n: number }[]>('select count(*)::int as n from goal_event where goal_id = ?', [goalId]);
    expect(n).toBe(1);
    const [{ insert }] = await em.execute<{ insert: boolean }[]>(`select has_table_privilege('goal_event', 'INSERT') as insert`);
    expect(insert).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, and the history is unchanged afterwards', async () => {
    const before = await historyOf();
    expect(before).toHaveLength(1);
    const em = forkForTenant(app.em, tenant.id);
    await expect(em.execute('update goal_event set to_progress = 100 where goal_id = ?', [goalId])).rejects.toThrow(/permission denied/);
    await expect(em.execute('delete from goal_event where goal_id = ?', [goalId])).rejects.toThrow(/permission denied/);
    await expect(em.execute('truncate goal_event')).rejects.toThrow(/permission denied/);
    expect(await historyOf()).toEqual(before);
  });
});
