import { currentScope } from './request-scope.js';

/** The request's one database transaction, opened by the access guard once the tenant is known. */
export interface RequestTransaction {
  /** Commits, sending `statements` (complete, escaped SQL) in the COMMIT's round trip; if one fails, nothing commits. */
  commit(statements: readonly string[]): Promise<void>;
  rollback(): Promise<void>;
}

/**
 * Work to do at the end of a request, inside its transaction and before it commits (e.g. the
 * batched READ audit rows). Runs in registration order; a failure rolls the request back.
 */
export function beforeRequestCommit(hook: () => Promise<void>): void {
  const scope = currentScope();
  if (!scope) throw new Error('No request scope: requestScopeMiddleware must wrap the request');
  (scope.beforeCommit ??= []).push(hook);
}

/**
 * For a before-commit hook: one complete SQL statement, every value already escaped, to send with
 * the request's COMMIT in one round trip (`insert …; commit`). If it fails, nothing of the request
 * commits: finishRequest rolls back and rethrows. Returns false when the request has no
 * transaction (the hook then runs its statement itself).
 */
export function sendWithCommit(sql: string): boolean {
  const scope = currentScope();
  if (!scope?.transaction || !scope.sentWithCommit) return false; // not inside finishRequest's hooks
  scope.sentWithCommit.push(sql);
  return true;
}

/** Records the request's transaction so the end of the request commits (or rolls back) exactly it. */
export function setRequestTransaction(transaction: RequestTransaction): void {
  const scope = currentScope();
  if (!scope) throw new Error('No request scope: requestScopeMiddleware must wrap the request');
  if (scope.transaction) throw new Error('The request already has a transaction');
  scope.transaction = transaction;
}

/**
 * Ends the request's unit of work: runs the before-commit hooks, then commits (with the
 * statements they handed to sendWithCommit, in the same round trip). On any failure
 * it rolls back and rethrows, so the caller can withhold the response. Idempotent.
 */
export async function finishRequest(): Promise<void> {
  const scope = currentScope();
  if (!scope || scope.finished) return;
  scope.finished = true;
  const transaction = scope.transaction;
  try {
    const sentWithCommit: string[] = (scope.sentWithCommit = []);
    for (const hook of scope.beforeCommit ?? []) await hook();
    scope.sentWithCommit = undefined;
    await transaction?.commit(sentWithCommit);
  } catch (error) {
    await transaction?.rollback().catch(() => undefined);
    throw error;
  }
}

/** Rolls back a request that ends without finishing (the client went away, an unexpected error). */
export async function abandonRequest(): Promise<void> {
  const scope = currentScope();
  if (!scope || scope.finished) return;
  scope.finished = true;
  await scope.transaction?.rollback().catch(() => undefined);
}
