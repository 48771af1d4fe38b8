import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { MAX_PREPARED_PER_CONNECTION, toNumberedParameters } from '@bridgeway/api-database';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { insertResident } from '../../support/factories.js';
import { appOrm, ownerOrm } from '../../support/orm.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';

interface Prepared {
  statement: string;
  generic_plans: number;
  custom_plans: number;
}

/**
 * Record ids go to PostgreSQL as numbered parameters and a statement that repeats is prepared
 * on its connection (libs/api/database numbered-parameters.ts, prepared-statements.ts), so the
 * case file of the next resident is not parsed, rewritten and planned again. The tenant stays
 * in the text (each tenant's plans use its own statistics), the answers are those of the inlined
 * statement, a prepared plan carries no tenant, and each connection keeps a bounded number.
 * On a pool of ONE connection, so what a statement left behind shows in the next transaction.
 */
describe('prepared statements', () => {
  let owner: MikroORM;
  let app: MikroORM;
  let first: TestTenant;
  let second: TestTenant;
  let residentOfFirst: string;

  beforeAll(async () => {
    owner = await ownerOrm();
    app = await appOrm(1);
    first = await createTestTenant(owner, 'prepared-a');
    second = await createTestTenant(owner, 'prepared-b');
    residentOfFirst = await insertResident(owner, first.id);
    await app.em.fork().getConnection().execute('select 1');
  });

  afterAll(async () => {
    await app.close(true);
    await owner.close(true);
  });

  const inTenant = <T>(tenant: TestTenant, work: (run: (sql: string, params: unknown[]) => Promise<T[]>) => Promise<T[]>) =>
    forkForTenant(app.em, tenant.id, tenant.users.COUNSELLOR.id).transactional((tx: EntityManager) =>
      work((sql, params) => tx.getConnection().execute<T[]>(sql, params, 'all', tx.getTransactionContext())),
    );
  const preparedNow = () =>
    inTenant<Prepared>(first, (run) => run(`select statement, generic_plans::int, custom_plans::int from pg_prepared_statements where statement like ?`, ['%-- prepared-test%']));

  describe('the text sent', () => {
    const quoting = { quoteValue: (v: unknown) => app.em.getPlatform().quoteValue(v), quoteIdentifier: (id: string) => app.em.getPlatform().quoteIdentifier(id) };
    const tenant = '11111111-1111-4111-8111-111111111111';
    const resident = '22222222-2222-4222-8222-222222222222';
    const other = '33333333-3333-4333-8333-333333333333';
    /** The numbered text with its parameters put back: must be MikroORM's own text, to the character. */
    const inlined = (numbered: { sql: string; parameters: string[] }) => numbered.sql.replace(/\$(\d+)/g, (_, n: string) => quoting.quoteValue(numbered.parameters[Number(n) - 1]));

    it('numbers record ids and inlines everything else exactly as MikroORM does', () => {
      const sql = 'select * from ?? where tenant_id = ? and id = ? and resident_id in (?) and kind in (?) and on_day >= ? and n < ? and note = ? and flag = ? and gone is ? and details @> ? and x \\? y';
      const params = ['resident', tenant, resident, [other], ['A', 'B'], new Date('2026-03-01T10:00:00Z'), 20, "it's ?", true, null, { a: 1 }];
      const numbered = toNumberedParameters(sql, params, quoting, tenant);
      expect(numbered?.parameters).toEqual([resident, other]);
      expect(numbered?.sql).toContain(`tenant_id = '${tenant}' and id = $1 and resident_id in ($2) and kind in ('A', 'B')`);
      expect(numbered && inlined(numbered)).toBe(app.em.getPlatform().formatQuery(sql, params));
    });

    it('leaves a list of several ids, and a statement without an id, to MikroORM', () => {
      expect(toNumberedParameters('select * from stay where tenant_id = ? and resident_id in (?)', [tenant, [resident, other]], quoting, tenant)).toBeUndefined();
      expect(toNumberedParameters('select * from resident where tenant_id = ? limit ?', [tenant, 50], quoting, tenant)).toBeUndefined();
      expect(toNumberedParameters('select 1', [], quoting, tenant)).toBeUndefined();
    });
  });

  it('prepares a statement that repeats, runs it with its own values, and keeps the tenant in its text', async () => {
    const sql = `select id, tenant_id from resident where tenant_id = ? and id = ? -- prepared-test one`;
    const answers: unknown[][] = [];
    for (let i = 0; i < 8; i++) answers.push(await inTenant(first, (run) => run(sql, [first.id, residentOfFirst])));
    const missing = await inTenant(first, (run) => run(sql, [first.id, '00000000-0000-4000-8000-000000000000']));
    expect(answers).toEqual(Array.from({ length: 8 }, () => [{ id: residentOfFirst, tenant_id: first.id }]));
    expect(missing).toEqual([]);
    const prepared = (await preparedNow()).filter((p) => p.statement.includes('prepared-test one'));
    expect(prepared.map((p) => p.statement)).toEqual([expect.stringContaining(`tenant_id = '${first.id}' and id = $1`)]);
    // Prepared on its third run: seven runs of one parse; PostgreSQL chose its plan per run or once.
    expect(prepared.map((p) => p.generic_plans + p.custom_plans)).toEqual([7]);
  });

  it('gives another tenant nothing through a plan prepared in the first (RLS applies when the plan runs)', async () => {
    const sql = `select id from resident where id = ? -- prepared-test rls`;
    for (let i = 0; i < 4; i++) expect(await inTenant(first, (run) => run(sql, [residentOfFirst]))).toEqual([{ id: residentOfFirst }]);
    expect(await inTenant(second, (run) => run(sql, [residentOfFirst]))).toEqual([]);
    const prepared = (await preparedNow()).filter((p) => p.statement.includes('prepared-test rls'));
    expect(prepared.map((p) => p.generic_plans + p.custom_plans)).toEqual([3]);
  });

  it('keeps no more than its bound on a connection: past it, the connection forgets them when it goes back to the pool', async () => {
    const texts = Array.from({ length: MAX_PREPARED_PER_CONNECTION + 4 }, (_, i) => `select ?::uuid as id, ${i} as n -- prepared-test bound`);
    await inTenant(first, async (run) => {
      for (let round = 0; round < 3; round++) await Promise.all(texts.map((text) => run(text, [residentOfFirst])));
      return [];
    });
    expect((await preparedNow()).filter((p) => p.statement.includes('prepared-test bound'))).toEqual([]);
    // And the connection prepares again afterwards.
    const [again] = texts;
    for (let i = 0; i < 3; i++) await inTenant(first, (run) => run(again as string, [residentOfFirst]));
    expect((await preparedNow()).filter((p) => p.statement.includes('prepared-test bound'))).toHaveLength(1);
  });
});
