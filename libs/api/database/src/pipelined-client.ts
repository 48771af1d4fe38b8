import type { PoolClient } from 'pg';

/**
 * The pool's connections run in node-postgres' pipeline mode (`pipeline: true`): a statement is
 * sent at once, without waiting for the one before it to finish, and the results come back in
 * order. When a GraphQL request's loaders dispatch in the same tick (the case file's stay, goals,
 * sessions and minutes), their statements share one round trip instead of four.
 *
 * node-postgres still writes each statement on its own (cork/uncork around each), and on this
 * kind of machine a write to PostgreSQL's socket is the single largest CPU cost of a request (the
 * kernel's loopback path and the wake-up of the backend; docs/performance.md). So the socket is
 * also corked from a tick's first statement to the end of that tick: the statements of one tick
 * leave in one write.
 *
 * Nothing about a transaction changes: statements run in the order they were issued, each with its
 * own Sync, so an error fails that statement (and, inside a transaction, the ones after it, as it
 * would one at a time). No caller waits longer: the write happens before the event loop turns.
 */
export function coalesceWritesPerTick(client: PoolClient): void {
  const stream = (client as unknown as { connection: { stream: { cork(): void; uncork(): void } } }).connection.stream;
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  let corked = false;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    if (!corked) {
      corked = true;
      stream.cork();
      process.nextTick(() => {
        corked = false;
        stream.uncork();
      });
    }
    return query(...args);
  };
}
