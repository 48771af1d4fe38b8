import { setTimeout as sleep } from 'node:timers/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { TENANT_SETTING } from '@bridgeway/api-tenancy';
import { adminUrl, ownerOrm } from '../../support/orm.js';
import { graphql, ok, startApi, type GqlResult, type TestApi } from '../../support/api.js';
import { insertResident } from '../../support/factories.js';
import type { GoalRaceProgressMutation } from '../../support/gql/graphql.js';
import { storedGoal } from '../../support/stored.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';

const CREATE = graphql(`mutation GoalRaceCreate($input: CreateGoalInput!) { createGoal(input: $input) { id version } }`);
const PROGRESS = graphql(`mutation GoalRaceProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { version progress } }`);
const RACERS = 20;

/** Optimistic locking over HTTP under real concurrency: the version check is part of the UPDATE. */
describe('updateGoalProgress under concurrency', () => {
  let owner: MikroORM;
  let api: TestApi;
  let t: TestTenant;
  let tokens: string[];

  const createGoal = async (): Promise<{ id: string; version: number }> => {
    const residentId = await insertResident(owner, t.id);
    return ok(await api.gql(CREATE, { input: { residentId, domain: 'SOBRIETY', title: '90 days sober' } }, { token: tokens[0] })).createGoal;
  };

  /** RACERS updates of one goal with the same expectedVersion, all in flight at once, from two users. */
  const race = (goal: { id: string; version: number }): Promise<GqlResult<GoalRaceProgressMutation>[]> =>
    Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        api.gql(PROGRESS, { input: { goalId: goal.id, expectedVersion: goal.version, progress: i + 1, status: 'IN_PROGRESS', note: `racer ${i}` } }, { token: tokens[i % 2] }),
      ),
    );

  beforeAll(async () => {
    owner = await ownerOrm();
    t = await createTestTenant(owner, 'goals-race');
    api = await startApi();
    tokens = [(await api.login(t.users.COUNSELLOR.email)).token, (await api.login(t.users.MANAGER.email)).token];
  });

  afterAll(async () => {
    await api?.close();
    await owner?.close(true);
  });

  it(`lets exactly one of ${RACERS} updates with the same expectedVersion win; the others get CONFLICT and one history entry is added`, async () => {
    const goal = await createGoal();
    const before = await storedGoal(owner, t.id, goal.id);

    const results = await race(goal);

    const winners = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(RACERS - 1);
    const won = ok(winners[0]).updateGoalProgress;
    expect(won.version).toBe(goal.version + 1);

    const after = await storedGoal(owner, t.id, goal.id);
    expect(after.goal).toMatchObject({ version: goal.version + 1, progress: won.progress });
    expect(after.history).toHaveLength(before.history.length + 1);
    expect(after.history.at(-1)).toMatchObject({ fromProgress: 0, toProgress: won.progress, note: `racer ${won.progress - 1}` });
    // Every loser was told the winner's values.
    for (const c of conflicts) expect(c.errors?.[0].extensions?.current).toMatchObject({ version: goal.version + 1, progress: won.progress, status: 'IN_PROGRESS' });
  });

  it('decides the race in the UPDATE itself: racers that all read the expected version still yield one winner', async () => {
    const goal = await createGoal();
    const before = await storedGoal(owner, t.id, goal.id);
    // Hold the goal row locked (without changing it): racers read version 1, pass the early check and then wait at their UPDATE.
    const blocker = new pg.Client({ connectionString: adminUrl() });
    await blocker.connect();
    let waitingAtUpdate = 0;
    let results: GqlResult<GoalRaceProgressMutation>[] = [];
    try {
      await blocker.query('begin');
      await blocker.query(`select set_config('${TENANT_SETTING}', $1, true)`, [t.id]);
      await blocker.query('select 1 from goal where tenant_id = $1 and id = $2 for update', [t.id, goal.id]);
      const racing = race(goal);
      for (let i = 0; i < 100 && waitingAtUpdate < 5; i++) {
        await sleep(50);
        // pg_stat_activity is a snapshot per transaction: clear it to see the racers arrive.
        const { rows } = await blocker.query(`select pg_stat_clear_snapshot(), (select count(*)::int from pg_stat_activity where wait_event_type = 'Lock' and query like 'update goal set%') as n`);
        waitingAtUpdate = rows[0].n;
      }
      await blocker.query('commit');
      results = await racing;
    } finally {
      await blocker.end();
    }
    expect(waitingAtUpdate).toBeGreaterThanOrEqual(5);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(RACERS - 1);
    const after = await storedGoal(owner, t.id, goal.id);
    expect(after.goal!.version).toBe(goal.version + 1);
    expect(after.history).toHaveLength(before.history.length + 1);
  });
});
