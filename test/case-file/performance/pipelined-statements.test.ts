import type { MikroORM } from '@mikro-orm/postgresql';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { writesDuring } from '../../support/database-writes.js';
import { appOrm, ownerOrm } from '../../support/orm.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';

/**
 * A transaction's statements issued together go to PostgreSQL together (libs/api/database
 * pipelined-client.ts and SessionContextConnection.execute): one write for a tick's statements,
 * each statement still its own result, in order; an error fails that statement and the ones after
 * it, as one at a time; and nothing reaches the pooled connection once its transaction has ended.
 * On a pool of ONE connection, so a leftover would show in the next transaction.
 */
describe('pipelined statements in a transaction', () => {
  let owner: MikroORM;
  let app: MikroORM;
  let first: TestTenant;
  let second: TestTenant;

  beforeAll(async () => {
    owner = await ownerOrm();
    app = await appOrm(1);
    first = await createTestTenant(owner, 'pipeline-a');
    second = await createTestTenant(owner, 'pipeline-b');
    await app.em.fork().getConnection().execute('select 1');
  });

  afterAll(async () => {
    await app.close(true);
    await owner.close(true);
  });

  const forFirst = () => forkForTenant(app.em, first.id, first.users.COUNSELLOR.id);

  it('sends the statements of one tick in one write, and each gets its own rows, in order', async () => {
    const em = forFirst();
    const { result: rows, writes } = await writesDuring(() =>
      em.transactional(async (tx) => {
        const connection = tx.getConnection();
        const ctx = tx.getTransactionContext();
        return Promise.all([
          connection.execute<{ n: number }[]>('select 1 as n', [], 'all', ctx),
          connection.execute<{ n: number }[]>('select 2 as n, pg_sleep(0.05)', [], 'all', ctx),
          connection.execute<{ tenant: string }[]>(`select current_setting('app.tenant_id') as tenant`, [], 'all', ctx),
          connection.execute<{ users: number }[]>('select count(*)::int as users from user_account', [], 'all', ctx),
        ]);
      }),
    );
    expect(rows).toEqual([[{ n: 1 }], [{ n: 2, pg_sleep: '' }], [{ tenant: first.id }], [{ users: 4 }]]);
    // BEGIN with the settings and the four statements in one write (deferred-begin.ts), COMMIT in another
    // (one statement per round trip it would be six).
    expect(writes).toBe(2);
  });

  it('fails the statement that fails and the ones after it, and the connection comes back clean', async () => {
    const em = forFirst();
    const settled: PromiseSettledResult<unknown>[] = [];
    await expect(
      em.transactional(async (tx) => {
        const connection = tx.getConnection();
        const ctx = tx.getTransactionContext();
        settled.push(
          ...(await Promise.allSettled([
            connection.execute('select 1 as n', [], 'all', ctx),
            connection.execute('select 1 / 0 as n', [], 'all', ctx),
            connection.execute('select 3 as n', [], 'all', ctx),
          ])),
        );
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(settled[0]).toEqual({ status: 'fulfilled', value: [{ n: 1 }] });
    expect(settled[1]).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: expect.stringContaining('division by zero') }) });
    expect(settled[2]).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: expect.stringContaining('current transaction is aborted') }) });
    const [after] = await app.em.fork().getConnection().execute<{ tenant: string; open: boolean }[]>(
      `select coalesce(current_setting('app.tenant_id', true), '') as tenant, now() = statement_timestamp() as open`,
    );
    expect(after).toEqual({ tenant: '', open: true });
  });

  it("refuses a statement of a committed transaction: it never runs in the next transaction on that connection", async () => {
    const em = forFirst();
    await em.begin();
    const stale = em.getTransactionContext();
    await em.commit();
    const next = forkForTenant(app.em, second.id, second.users.COUNSELLOR.id);
    await next.begin(); // the only pooled connection, now in the second tenant's transaction
    try {
      await expect(app.em.getConnection().execute(`insert into audit_event (id) values (gen_random_uuid())`, [], 'run', stale)).rejects.toThrow(/committed/i);
      const [seen] = await next.getConnection().execute<{ tenant: string }[]>(`select current_setting('app.tenant_id') as tenant`, [], 'all', next.getTransactionContext());
      expect(seen).toEqual({ tenant: second.id });
    } finally {
      await next.rollback();
    }
  });
});
