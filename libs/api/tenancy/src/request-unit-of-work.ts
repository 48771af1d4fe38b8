import { currentScope } from './request-scope.js';

/** The request's one database transaction, opened by the access guard once the tenant is known. */
export interface RequestTransaction {
  commit(): Promise<void>;
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

/** Records the request's transaction so the end of the request commits (or rolls back) exactly it. */
export function setRequestTransaction(transaction: RequestTransaction): void {
  const scope = currentScope();
  if (!scope) throw new Error('No request scope: requestScopeMiddleware must wrap the request');
  if (scope.transaction) throw new Error('The request already has a transaction');
  scope.transaction = transaction;
}

/**
 * Ends the request's unit of work: runs the before-commit hooks, then commits. On any failure
 * it rolls back and rethrows, so the caller can withhold the response. Idempotent.
 */
export async function finishRequest(): Promise<void> {
  const scope = currentScope();
  if (!scope || scope.finished) return;
  scope.finished = true;
  const transaction = scope.transaction;
  try {
    for (const hook of scope.beforeCommit ?? []) await hook();
    await transaction?.commit();
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
