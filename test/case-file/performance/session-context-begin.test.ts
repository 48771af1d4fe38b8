import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { appOrm, ownerOrm } from '../../support/orm.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';

/**
 * BEGIN and the tenant/user set_config in one round trip (libs/api/database SessionContextConnection):
 * one query, literals escaped, settings local to the transaction, and fail-closed when the server
 * refuses the settings. On one pooled connection, so a leftover would show in the next transaction.
 */
describe('BEGIN with the session context in one round trip', () => {
  let owner: MikroORM;
  let app: MikroORM;
  let tenant: TestTenant;

  beforeAll(async () => {
    owner = await ownerOrm();
    app = await appOrm(1);
    tenant = await createTestTenant(owner, 'one-trip');
    await app.em.fork().getConnection().execute('select 1'); // the first use also checks the database: not counted below
  });

  afterAll(async () => {
    await app.close(true);
    await owner.close(true);
  });

  /** The queries the ORM logs (one per round trip) while `fn` runs. */
  const logged = async <T>(fn: () => Promise<T>): Promise<{ result: T; queries: string[] }> => {
    const logger = app.config.getLogger();
    const original = logger.logQuery;
    const queries: string[] = [];
    logger.logQuery = (context) => {
      queries.push(context.query ?? '');
      original.call(logger, context);
    };
    try {
      return { result: await fn(), queries };
    } finally {
      logger.logQuery = original;
    }
  };

  const settingsIn = (em: EntityManager, isolationLevel?: IsolationLevel) =>
    em.transactional(
      (tx) =>
        tx.getConnection().execute<{ tenant: string; user: string; isolation: string; users: number }[]>(
          // An unset setting reads as NULL on a fresh connection and as '' on one that had it before.
          `select coalesce(current_setting('app.tenant_id', true), '') as tenant, coalesce(current_setting('app.user_id', true), '') as user,
                  current_setting('transaction_isolation') as isolation, (select count(*)::int from user_account) as users`,
          [],
          'all',
          tx.getTransactionContext(),
        ),
      { isolationLevel },
    );

  const outsideAnyContext = async () =>
    (await app.em.fork().getConnection().execute<{ tenant: string; probe: string }[]>(
      `select coalesce(current_setting('app.tenant_id', true), '') as tenant, coalesce(current_setting('app.probe', true), '') as probe`,
    ))[0];

  it('sends BEGIN (with its isolation level) and both settings as one query, then the data, then COMMIT', async () => {
    const user = tenant.users.COUNSELLOR.id;
    const { result, queries } = await logged(() => settingsIn(forkForTenant(app.em, tenant.id, user), IsolationLevel.REPEATABLE_READ));
    expect(result).toEqual([{ tenant: tenant.id, user, isolation: 'repeatable read', users: 4 }]);
    expect(queries).toHaveLength(3);
    expect(queries[0]).toBe(`start transaction isolation level repeatable read; select set_config('app.tenant_id', '${tenant.id}', true), set_config('app.user_id', '${user}', true)`);
    expect(queries[2]).toBe('commit');
  });

  it('opens the transaction with whatever it sends first: a savepoint, or only its COMMIT', async () => {
    const user = tenant.users.COUNSELLOR.id;
    // A nested transaction's SAVEPOINT is the first thing sent: it runs inside the opened transaction, with the settings.
    const [nested] = await forkForTenant(app.em, tenant.id, user).transactional((tx) =>
      tx.transactional((inner) =>
        inner.getConnection().execute<{ tenant: string; users: number }[]>(
          `select current_setting('app.tenant_id') as tenant, (select count(*)::int from user_account) as users`,
          [],
          'all',
          inner.getTransactionContext(),
        ),
      ),
    );
    expect(nested).toEqual({ tenant: tenant.id, users: 4 });
    // Nothing in between: the opening goes with the COMMIT, and the connection comes back clean.
    const { queries } = await logged(() => forkForTenant(app.em, tenant.id, user).transactional(async () => 'nothing sent'));
    expect(queries).toEqual([expect.stringMatching(/^begin; select set_config\('app\.tenant_id'/), 'commit']);
    expect(await outsideAnyContext()).toEqual({ tenant: '', probe: '' });
  });

  it('escapes the values: quotes, backslashes and semicolons arrive as they were sent', async () => {
    const probe = `x'); select set_config('app.tenant_id', 'other', false); -- \\ \\' ;`;
    const em = app.em.fork({ clear: true, session: { variables: { 'app.tenant_id': tenant.id, 'app.probe': probe } } });
    const [row] = await em.transactional((tx) =>
      tx.getConnection().execute<{ probe: string; tenant: string }[]>(`select current_setting('app.probe') as probe, current_setting('app.tenant_id') as tenant`, [], 'all', tx.getTransactionContext()),
    );
    expect(row).toEqual({ probe, tenant: tenant.id });
    expect(await outsideAnyContext()).toEqual({ tenant: '', probe: '' });
  });

  it('fails closed when the server refuses a setting: nothing runs, and the pooled connection comes back clean', async () => {
    const refused = app.em.fork({ clear: true, session: { variables: { 'app.tenant_id': tenant.id, 'not a setting name': 'x' } } });
    // The refused setting's error, not the aborted transaction's refusal of the statement sent with it.
    const { queries } = await logged(() => expect(settingsIn(refused)).rejects.toThrow(/configuration parameter|invalid/i));
    // The opening message goes with the first statement (deferred-begin.ts), which the aborted transaction refuses.
    expect(queries).toEqual([expect.stringMatching(/^begin; select set_config\('app\.tenant_id'/), expect.stringMatching(/^select coalesce\(current_setting/), 'rollback']);
    // The same (only) pooled connection: not left in the failed transaction, and the tenant it was given is gone.
    expect(await outsideAnyContext()).toEqual({ tenant: '', probe: '' });
    expect(await settingsIn(app.em.fork())).toEqual([{ tenant: '', user: '', isolation: 'read committed', users: 0 }]);
    expect((await settingsIn(forkForTenant(app.em, tenant.id)))[0].users).toBe(4);
  });
});
