import type { Pool, PoolClient } from 'pg';

/** A statement text is prepared once it has run this often in the process: one-off statements stay unnamed. */
const PREPARE_AFTER_RUNS = 3;
/** Run counts kept for texts not prepared yet; forgotten all at once when full. */
const MAX_COUNTED = 5_000;
/** A connection holding more prepared statements than this drops them all when it returns to the pool. */
export const MAX_PREPARED_PER_CONNECTION = 256;

const runs = new Map<string, number>();

/** Whether a parameterised statement's text has run often enough in this process to be prepared. */
function worthPreparing(text: string): boolean {
  const count = (runs.get(text) ?? 0) + 1;
  if (count >= PREPARE_AFTER_RUNS) return true;
  if (runs.size >= MAX_COUNTED) runs.clear();
  runs.set(text, count);
  return false;
}

interface PreparingClient {
  query: (...args: unknown[]) => unknown;
  connection: { parsedStatements: Record<string, string> };
}
const preparedOn = new WeakMap<PoolClient, Map<string, string>>();

/**
 * A parameterised statement (numbered-parameters.ts) that runs often becomes a named prepared
 * statement on each pooled connection: PostgreSQL parses and rewrites it (the RLS policies) once
 * per connection, and after five runs settles on a generic plan if that costs no more than
 * planning each run. On the case file, planning was three times the execution
 * (docs/performance.md). node-postgres sends the Parse on a connection's first use of a name and
 * only Bind/Execute after that.
 *
 * A prepared statement is not transactional (a rollback keeps it), and PostgreSQL re-plans it by
 * itself when a table it reads changes. Statements without values (the BEGIN with the session
 * context, a COMMIT with the audit rows, anything MikroORM inlined) keep the simple protocol.
 */
export function prepareRepeatedStatements(client: PoolClient): void {
  const preparing = client as unknown as PreparingClient;
  const query = preparing.query.bind(client);
  const names = new Map<string, string>();
  preparedOn.set(client, names);
  preparing.query = (...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && args.length === 2) {
      let name = names.get(text);
      if (name === undefined && worthPreparing(text)) names.set(text, (name = `bw_${names.size + 1}`));
      if (name !== undefined) return query({ name, text, values });
    }
    return query(...args);
  };
}

/**
 * Bounds what each backend keeps: a connection that went over MAX_PREPARED_PER_CONNECTION
 * forgets its prepared statements (`deallocate all`) when it returns to the pool, outside any
 * transaction, before its next statement. node-postgres forgets them at the same time, so the
 * next use of a text prepares it again.
 */
export function forgetPreparedStatementsWhenFull(pool: Pool): void {
  pool.on('release', (error: Error | undefined, client: PoolClient) => {
    const names = preparedOn.get(client);
    if (error || !names || names.size <= MAX_PREPARED_PER_CONNECTION) return;
    names.clear();
    (client as unknown as PreparingClient).connection.parsedStatements = {};
    // Queued before whatever the next transaction sends; a failure here ends only this connection.
    (client.query('deallocate all') as Promise<unknown>).catch(() => undefined);
  });
}
