// The built API in a process of its own (spawned by api-process.mjs), so the load generator's
// CPU is not charged to the server. Answers IPC requests: its memory, and the SQL statements
// MikroORM sends between 'count-start' and 'count-stop', and the writes to PostgreSQL's socket ('writes').
import net from 'node:net';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { SessionContextConnection } from '../../dist/libs/api/database/src/index.js';
import { startBenchApi } from './demo-server.mjs';

// BENCH_TWO_TRIP_BEGIN=1 (bench/begin-ab.mjs): MikroORM's own begin, BEGIN and set_config in two round trips.
if (process.env.BENCH_TWO_TRIP_BEGIN) SessionContextConnection.prototype.begin = PostgreSqlConnection.prototype.begin;
// BENCH_SEPARATE_AUDIT_INSERT=1 (bench/ab.mjs commit): the request's READ audit insert in a round trip of its own,
// then COMMIT alone, as before it went with the COMMIT (the statement is the same, sent before the commit).
if (process.env.BENCH_SEPARATE_AUDIT_INSERT) {
  SessionContextConnection.prototype.commitWith = async function (em, statements) {
    for (const sql of statements) await this.execute(sql, [], 'run', em.getTransactionContext());
    return em.commit();
  };
}
// BENCH_NO_PIPELINE=1 (bench/ab.mjs pipeline): connections without pipelining, one write per statement.
if (process.env.BENCH_NO_PIPELINE) SessionContextConnection.prototype.pipelining = () => ({});
// Writes to PostgreSQL's socket between 'count-start' and 'writes' (one write can carry several statements);
// BENCH_TRACE_WRITES=1 also marks each write among the logged statements ('count-stop').
const dbPort = Number(new URL(process.env.BENCH_APP_URL).port);
let writes = 0;
let statements = [];
const writeGeneric = net.Socket.prototype._writeGeneric;
net.Socket.prototype._writeGeneric = function (...args) {
  if (this.remotePort === dbPort) {
    writes += 1;
    if (process.env.BENCH_TRACE_WRITES) statements.push(`-- write ${writes}`);
  }
  return writeGeneric.apply(this, args);
};
// BENCH_POOL_MAX=<n> (bench/ab.mjs pool): the API's connection pool size (createOrmConfig's poolMax).
const orm = process.env.BENCH_POOL_MAX ? { poolMax: Number(process.env.BENCH_POOL_MAX) } : {};

const { app, url } = await startBenchApi({ appUrl: process.env.BENCH_APP_URL }, JSON.parse(process.env.BENCH_API_ENV ?? '{}'), orm);
const logger = app.get(MikroORM).config.getLogger();
const logQuery = logger.logQuery;
const platform = app.get(MikroORM).config.getPlatform();

const ops = {
  memory: () => {
    const { rss, heapUsed, heapTotal } = process.memoryUsage();
    return { rss, heapUsed, heapTotal, cpu: process.cpuUsage() };
  },
  gc: () => (globalThis.gc ? (globalThis.gc(), true) : false),
  'count-start': () => {
    statements = [];
    writes = 0;
    logger.logQuery = (context) => {
      // With its values inlined, as sent (MikroORM logs the query with `?` and the values beside it).
      statements.push(context.params?.length ? platform.formatQuery(context.query ?? '', context.params) : (context.query ?? ''));
      logQuery.call(logger, context);
    };
  },
  'count-stop': () => {
    logger.logQuery = logQuery;
    return statements;
  },
  writes: () => writes,
  close: async () => {
    await app.close();
    setImmediate(() => process.exit(0));
  },
};
process.on('message', async ({ id, op }) => process.send({ id, result: await ops[op]() }));
process.on('disconnect', () => process.exit(1)); // the benchmark ended without closing us
process.send({ ready: url });
