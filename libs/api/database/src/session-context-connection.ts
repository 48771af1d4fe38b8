import { AsyncLocalStorage } from 'node:async_hooks';
import { EventType, type AnyEntity, type Configuration, type EntityData } from '@mikro-orm/core';
import { PostgreSqlConnection, PostgreSqlDriver, type EntityManager, type QueryResult } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import { CompiledQuery, type DatabaseConnection } from 'kysely';
import { deferBegin } from './deferred-begin.js';
import { coalesceWritesPerTick } from './pipelined-client.js';
import { toNumberedParameters } from './numbered-parameters.js';
import { forgetPreparedStatementsWhenFull, prepareRepeatedStatements } from './prepared-statements.js';
import { TENANT_SETTING } from './session-settings.js';

type BeginOptions = NonNullable<Parameters<PostgreSqlConnection['begin']>[0]>;
type CommitArgs = Parameters<PostgreSqlConnection['commit']>;

/** Set while begin() opens a Kysely transaction whose BEGIN it sends itself, with the session context. */
const beginSentByCaller = new AsyncLocalStorage<{ connection?: DatabaseConnection }>();
/**
 * The pooled connection of each top-level transaction begin() opened, while it is open, with the
 * transaction's tenant id (kept inlined in the statements it sends: numbered-parameters.ts). Its
 * statements go to it directly, pipelined (execute() below), not one at a time through Kysely's
 * per-transaction queue. Removed before the COMMIT or ROLLBACK is sent: a statement that comes
 * later takes Kysely's path, which refuses it, and can never reach the connection once the pool
 * has handed it to another request.
 */
const pipelinedConnections = new WeakMap<object, { connection: DatabaseConnection; tenantId?: string }>();
/** Set while commit() ends a Kysely transaction whose COMMIT it has sent itself, with the statements before it. */
const commitSentByCaller = new AsyncLocalStorage<true>();
/** The statements `commitWith` hands to the COMMIT of the transaction it commits (taken once). */
const sentWithCommit = new AsyncLocalStorage<{ statements: readonly string[] }>();

/**
 * Commits `em`'s transaction with `statements` sent in the COMMIT's round trip: on
 * SessionContextConnection, `<statements>; commit` as ONE simple-protocol query. The statements
 * must be complete SQL with every value already escaped (`platform.formatQuery`). If any of them
 * fails, PostgreSQL skips the rest of the message, COMMIT included: nothing commits, the error is
 * thrown and the transaction stays open (aborted) for the caller's `em.rollback()`, which returns
 * the pooled connection clean. On another connection class, the statements run first, then the
 * commit: never a commit without them.
 */
export async function commitWith(em: EntityManager, statements: readonly string[]): Promise<void> {
  const connection = em.getConnection('write');
  if (!statements.length) return em.commit();
  if (connection instanceof SessionContextConnection) return connection.commitWith(em, statements);
  for (const sql of statements) await connection.execute(sql, [], 'run', em.getTransactionContext());
  return em.commit();
}

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
 * The message itself waits for the transaction's first statement and goes in its write
 * (deferred-begin.ts), so it costs no round trip of its own either.
 *
 * Still fail-closed: the settings are transaction-local (`is_local = true`), nothing is set on the
 * pooled session; if the message fails (e.g. set_config refuses a value) the statement sent with
 * it is refused as part of the aborted transaction, its caller gets the message's error, and the
 * caller's rollback returns the connection clean. Savepoints, contexts with a role, and transactions without a session context take
 * MikroORM's own path unchanged.
 *
 * At the other end, `commitWith` lets the last statements of a transaction (the request's batched
 * READ audit insert) go in the COMMIT's round trip: `insert …; commit`, one message.
 */
export class SessionContextConnection extends PostgreSqlConnection {
  override createKyselyDialect(overrides: Parameters<PostgreSqlConnection['createKyselyDialect']>[0]) {
    const pipelining = this.pipelining();
    const dialect = super.createKyselyDialect({
      ...overrides,
      ...pipelining,
      onPoolCreated: (pool: Pool) => {
        pipelining.onPoolCreated?.(pool);
        return (overrides as { onPoolCreated?: (pool: Pool) => unknown } | undefined)?.onPoolCreated?.(pool);
      },
    } as typeof overrides);
    const createDriver = dialect.createDriver.bind(dialect);
    dialect.createDriver = () => {
      const driver = createDriver();
      const beginTransaction = driver.beginTransaction.bind(driver);
      // Kysely's startTransaction() always sends its own BEGIN; begin() below sends it instead.
      driver.beginTransaction = (connection, settings) => {
        const sentByCaller = beginSentByCaller.getStore();
        if (!sentByCaller) return beginTransaction(connection, settings);
        sentByCaller.connection = connection;
        return Promise.resolve();
      };
      // Likewise its commit() sends COMMIT; commit() below has already sent it with the statements before it.
      const commitTransaction = driver.commitTransaction.bind(driver);
      driver.commitTransaction = (connection) => (commitSentByCaller.getStore() ? Promise.resolve() : commitTransaction(connection));
      return driver;
    };
    return dialect;
  }

  /** Pipelined connections whose statements of one tick leave in one write (pipelined-client.ts). */
  protected pipelining(): { pipeline?: boolean; onPoolCreated?: (pool: Pool) => void } {
    return {
      pipeline: true,
      onPoolCreated: (pool) => {
        pool.on('connect', (client) => {
          coalesceWritesPerTick(client);
          prepareRepeatedStatements(client);
        });
        forgetPreparedStatementsWhenFull(pool);
      },
    };
  }

  override async begin(options: BeginOptions = {}) {
    const variables = Object.entries(options.sessionContext?.variables ?? {});
    if (options.ctx || options.sessionContext?.role || variables.length === 0) return super.begin(options);
    await this.ensureConnection();
    await options.eventBroadcaster?.dispatchEvent(EventType.beforeTransactionStart);
    // Reserves a pooled connection for the transaction; no statement is sent yet.
    const started: { connection?: DatabaseConnection } = {};
    const trx = await beginSentByCaller.run(started, () => this.getClient().startTransaction().execute());
    const setConfig = this.platform.formatQuery(
      `select ${variables.map(() => 'set_config(?, ?, true)').join(', ')}`,
      variables.flatMap(([name, value]) => [name, this.stringifySessionVariable(value)]),
    );
    // `begin` or `start transaction isolation level … [read only]`, as MikroORM would send it.
    const sql = [...this.platform.getBeginTransactionSQL(options), setConfig].join('; ');
    const connection = started.connection;
    if (!connection) {
      // Not reachable: Kysely's startTransaction always calls the driver's beginTransaction above.
      await trx.rollback().execute().catch(() => undefined);
      throw new Error('The transaction opened without its pooled connection: nothing to send its BEGIN on');
    }
    // Sent with the transaction's first statement, in its write (deferred-begin.ts); logged now, in order.
    deferBegin(connection, sql);
    this.logQuery(sql, options.loggerContext);
    const tenantId = options.sessionContext?.variables?.[TENANT_SETTING];
    pipelinedConnections.set(trx, { connection, tenantId: typeof tenantId === 'string' ? tenantId : undefined });
    await options.eventBroadcaster?.dispatchEvent(EventType.afterTransactionStart, trx);
    return trx;
  }

  /**
   * A statement of an open top-level transaction goes straight to its connection, which runs in
   * pipeline mode: statements issued together (a request's loaders) are sent together and their
   * results come back in order, instead of each waiting for the one before (Kysely queues a
   * transaction's statements). The SQL, the result mapping and the logging are MikroORM's own.
   * Everything else (no transaction, a savepoint, an abort signal) takes MikroORM's path.
   */
  override async execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(
    ...args: Parameters<PostgreSqlConnection['execute']>
  ): Promise<T> {
    const [query, params = [], method = 'all', ctx, loggerContext] = args;
    const pipelined = ctx && !('savepointName' in ctx) ? pipelinedConnections.get(ctx) : undefined;
    if (!pipelined || (loggerContext && 'abort' in loggerContext)) return super.execute<T>(...args);
    await this.ensureConnection();
    const q = (this as unknown as { prepareQuery(query: unknown, params: unknown): { query: string; params: unknown[]; formatted: string } }).prepareQuery(query, params);
    const sql = this.getSql(q.query, q.formatted, loggerContext);
    // Record ids as numbered parameters: the text repeats across residents and is prepared (prepared-statements.ts).
    const numbered = toNumberedParameters(q.query, q.params, this.platform, pipelined.tenantId);
    const compiled = numbered ? CompiledQuery.raw(numbered.sql, numbered.parameters) : CompiledQuery.raw(q.formatted);
    return this.executeQuery(sql, async () => this.transformRawResult<T>(await pipelined.connection.executeQuery(compiled), method), { ...q, ...loggerContext });
  }

  override async rollback(...args: Parameters<PostgreSqlConnection['rollback']>) {
    pipelinedConnections.delete(args[0]);
    return super.rollback(...args);
  }

  /** `commitWith` on this connection: `em.commit()` with the statements attached, sent by commit() below. */
  async commitWith(em: EntityManager, statements: readonly string[]): Promise<void> {
    const ctx = em.getTransactionContext<CommitArgs[0]>();
    if (!ctx || 'savepointName' in ctx) {
      // Not a top-level transaction (nothing sends a COMMIT here): the statements first, in the transaction, then its end.
      for (const sql of statements) await this.execute(sql, [], 'run', ctx);
      return em.commit();
    }
    return sentWithCommit.run({ statements }, () => em.commit());
  }

  /**
   * Within `commitWith`: the top-level COMMIT goes in one round trip with the
   * statements before it (`insert …; commit`). Savepoints (a flush's nested transaction), and
   * commits outside `commitWith`, take MikroORM's path unchanged.
   */
  override async commit(...[ctx, eventBroadcaster, loggerContext]: CommitArgs) {
    pipelinedConnections.delete(ctx);
    const attached = sentWithCommit.getStore();
    if (!attached?.statements.length || 'savepointName' in ctx) return super.commit(ctx, eventBroadcaster, loggerContext);
    // MikroORM's commit of a rolled-back transaction does nothing; here that would be a success without the statements.
    if (ctx.isRolledBack) throw new Error('The transaction was rolled back before its commit: the statements to send with it were not sent');
    const { statements } = attached;
    attached.statements = []; // one transaction's: a retried or later commit in the same callback sends them no more
    await eventBroadcaster?.dispatchEvent(EventType.beforeTransactionCommit, ctx);
    // On failure the error is thrown here, Kysely's transaction still open: the caller's rollback() ends it.
    await this.execute([...statements, this.platform.getCommitTransactionSQL()].join('; '), [], 'run', ctx, loggerContext);
    // Marks Kysely's transaction committed and releases the pooled connection; sends nothing.
    await commitSentByCaller.run(true, () => ctx.commit().execute());
    await eventBroadcaster?.dispatchEvent(EventType.afterTransactionCommit, ctx);
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
