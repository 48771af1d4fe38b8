import { CompiledQuery, type AbortableOperationOptions, type DatabaseConnection, type QueryResult } from 'kysely';

type Stream = DatabaseConnection['streamQuery'];

/**
 * Holds a transaction's opening message (`begin; select set_config(…)`) back until the first
 * statement of the transaction, and then sends both together: on a pipelined connection
 * (pipelined-client.ts) they leave in one write and the BEGIN costs no round trip of its own.
 * A request's first statement (its resolver's) no longer waits for a BEGIN to come back.
 *
 * Whatever the transaction sends first takes the opening message with it: a statement, a
 * savepoint, the COMMIT or the ROLLBACK, through any path (MikroORM, Kysely), because all of
 * them reach PostgreSQL through this connection object. The connection runs them in the order
 * they were issued, so nothing of the transaction can run before its BEGIN and settings.
 *
 * Fail-closed as before: if the opening message fails (a setting refused), the statement sent
 * with it is refused by PostgreSQL as part of an aborted transaction, and its caller gets the
 * opening message's error; the caller's rollback then returns the connection clean.
 *
 * The hold is an own property on the pooled connection object, removed at its first use, so the
 * connection is itself again before the transaction ends and before the pool hands it on.
 */
export function deferBegin(connection: DatabaseConnection, openingSql: string): void {
  // Kysely may have set its own executeQuery on the object (its query logging): keep exactly what was there.
  const held = connection as { executeQuery: DatabaseConnection['executeQuery']; streamQuery: Stream };
  const descriptors = {
    executeQuery: Object.getOwnPropertyDescriptor(held, 'executeQuery'),
    streamQuery: Object.getOwnPropertyDescriptor(held, 'streamQuery'),
  };
  const { executeQuery, streamQuery } = held;
  const release = () => {
    for (const [name, descriptor] of Object.entries(descriptors)) {
      if (descriptor) Object.defineProperty(held, name, descriptor);
      else delete (held as Partial<typeof held>)[name as keyof typeof held];
    }
  };
  const opening = () => executeQuery.call(connection, CompiledQuery.raw(openingSql));

  held.executeQuery = function executeWithOpening<R>(query: CompiledQuery, options?: AbortableOperationOptions): Promise<QueryResult<R>> {
    release();
    const opened = opening();
    // Issued in the same tick as the opening message: one write, run after it.
    const result = executeQuery.call(connection, query, options) as Promise<QueryResult<R>>;
    return opened.then(
      () => result,
      (error: unknown) => {
        result.catch(() => undefined); // refused too (aborted transaction); the opening's error is the one to report
        throw error;
      },
    );
  };
  held.streamQuery = async function* streamWithOpening<R>(query: CompiledQuery, chunkSize: number, options?: AbortableOperationOptions) {
    release();
    await opening(); // a cursor is not pipelined: open the transaction first
    yield* streamQuery.call(connection, query, chunkSize, options) as AsyncIterableIterator<QueryResult<R>>;
  } as Stream;
}
