import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Role } from '@bridgeway/shared-domain';

/** Who is acting: set once per request by the auth guard, read by services and the audit trail. */
export interface Actor {
  tenantId: string;
  userId: string;
  role: Role;
  /** The organisation's name, read with the user (saves every `User.organisation` a lookup). */
  organisationName?: string;
}

export interface RequestScope {
  /** Made by the server; the only id stored in the audit trail. */
  requestId: string;
  /** The id a client sent in X-Request-Id, if well-formed: kept apart, never trusted as ours. */
  clientRequestId?: string;
  actor?: Actor;
  /** The request's one authentication (token check + user lookup), shared by every resolver of the request. */
  authentication?: Promise<Actor>;
  /** The request's one transaction (request-unit-of-work.ts) and what runs before it commits. */
  transaction?: import('./request-unit-of-work.js').RequestTransaction;
  beforeCommit?: (() => Promise<void>)[];
  /** Statements the before-commit hooks hand to the COMMIT, sent with it in one round trip. */
  sentWithCommit?: string[];
  finished?: boolean;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Opens a scope for one request (HTTP middleware) or one job; the actor is filled in later. */
export function runInRequestScope<T>(fn: () => T, requestId: string = randomUUID(), clientRequestId?: string): T {
  return storage.run({ requestId, clientRequestId }, fn);
}

/** Runs fn as the given actor in a fresh scope (seeders, jobs, tests). */
export function runAsActor<T>(actor: Actor, fn: () => T, requestId: string = randomUUID()): T {
  return storage.run({ requestId, actor }, fn);
}

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Sets the authenticated actor on the current request scope. */
export function bindActor(actor: Actor): void {
  const scope = storage.getStore();
  if (!scope) throw new Error('No request scope: runInRequestScope() must wrap the request');
  scope.actor = actor;
}

/** The acting user; throws when code runs without a tenant context instead of guessing. */
export function getActor(): Actor {
  const actor = storage.getStore()?.actor;
  if (!actor) throw new Error('No tenant context: this code must run inside an authenticated request or runAsActor()');
  return actor;
}

export function currentTenantId(): string {
  return getActor().tenantId;
}
