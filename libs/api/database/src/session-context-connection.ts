import { AsyncLocalStorage } from 'node:async_hooks';
import { EventType, type Configuration } from '@mikro-orm/core';
import { PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';

type BeginOptions = NonNullable<Parameters<PostgreSqlConnection['begin']>[0]>;

/** Set while begin() opens a Kysely transaction whose BEGIN it sends itself, with the session context. */
const beginSentByCaller = new AsyncLocalStorage<true>();

/**
 * MikroORM's connection, with BEGIN and the session context (the tenant/user `set_config`s the
 * RLS policies read; ADR 0001) sent in ONE round trip instead of two.
 *
 * MikroORM 7.2.1 (`AbstractSqlConnection.begin`) lets Kysely send BEGIN, waits for it, then sends
 * `select set_config(…, true)`; every request pays both round trips. Here the same two statements
 * go as one simple-protocol query, `begin; select set_config('app.tenant_id', '…', true), …`:
 * PostgreSQL runs them in order and the explicit BEGIN keeps the transaction open after the message
 * (the protocol's "multiple statements in a simple Query"). The literals are escaped by MikroORM's
 * own PostgreSQL quoting (`formatQuery`, the escaping every statement MikroORM sends already uses).
 *
 * Still fail-closed: the settings are transaction-local (`is_local = true`), nothing is set on the
 * pooled session; if the message fails (e.g. set_config refuses a value) the transaction is rolled
 * back and the error thrown before any query runs, exactly as MikroORM does when its set_config
 * fails. Savepoints, contexts with a role, and transactions without a session context take
 * MikroORM's own path unchanged.
 */
export class SessionContextConnection extends PostgreSqlConnection {
  override createKyselyDialect(overrides: Parameters<PostgreSqlConnection['createKyselyDialect']>[0]) {
    const dialect = super.createKyselyDialect(overrides);
    const createDriver = dialect.createDriver.bind(dialect);
    dialect.createDriver = () => {
      const driver = createDriver();
      const beginTransaction = driver.beginTransaction.bind(driver);
      // Kysely's startTransaction() always sends its own BEGIN; begin() below sends it instead.
      driver.beginTransaction = (connection, settings) => (beginSentByCaller.getStore() ? Promise.resolve() : beginTransaction(connection, settings));
      return driver;
    };
    return dialect;
  }

  override async begin(options: BeginOptions = {}) {
    const variables = Object.entries(options.sessionContext?.variables ?? {});
    if (options.ctx || options.sessionContext?.role || variables.length === 0) return super.begin(options);
    await this.ensureConnection();
    await options.eventBroadcaster?.dispatchEvent(EventType.beforeTransactionStart);
    // Reserves a pooled connection for the transaction; no statement is sent yet.
    const trx = await beginSentByCaller.run(true, () => this.getClient().startTransaction().execute());
    const setConfig = this.platform.formatQuery(
      `select ${variables.map(() => 'set_config(?, ?, true)').join(', ')}`,
      variables.flatMap(([name, value]) => [name, this.stringifySessionVariable(value)]),
    );
    // `begin` or `start transaction isolation level … [read only]`, as MikroORM would send it.
    const sql = [...this.platform.getBeginTransactionSQL(options), setConfig].join('; ');
    try {
      await this.execute(sql, [], 'run', trx, options.loggerContext);
    } catch (error) {
      // Releases the pooled connection with nothing set on it; the first error is the one to report.
      await trx.rollback().execute().catch(() => undefined);
      this.logQuery(this.platform.getRollbackTransactionSQL(), options.loggerContext);
      throw error;
    }
    await options.eventBroadcaster?.dispatchEvent(EventType.afterTransactionStart, trx);
    return trx;
  }
}

/** PostgreSqlDriver with SessionContextConnection as its connection (set as `driver` in the ORM config). */
export class SessionContextDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    // PostgreSqlDriver makes its connection in its constructor (nothing is connected yet); replace it.
    // No read replicas are configured, so there are none to replace.
    (this as unknown as { connection: PostgreSqlConnection }).connection = new SessionContextConnection(this.config);
  }
}
