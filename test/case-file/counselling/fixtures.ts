import type { MikroORM } from '@mikro-orm/postgresql';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from '@bridgeway/api-audit';
import { UserAccount, hashPassword } from '@bridgeway/api-organisations';
import { Relative, ResidentRelative } from '@bridgeway/api-relatives';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, forkForTenant } from '@bridgeway/api-tenancy';
import { Relationship, Role } from '@bridgeway/shared-domain';
import type { GqlResult, TestApi } from '../../support/api.js';
import { TEST_PASSWORD, type TestTenant } from '../../support/tenants.js';

/** Case-file records written directly as the owner (the residents API is another engineer's). */
export async function createResident(owner: MikroORM, tenantId: string, keyWorkerId?: string): Promise<string> {
  const em = forkForTenant(owner.em, tenantId);
  const resident = em.create(Resident, {
    tenant: em.getReference(Tenant, tenantId),
    firstName: 'Resident',
    lastName: Math.random().toString(36).slice(2, 8),
    intakeDate: '2024-01-01',
    keyWorker: keyWorkerId ? em.getReference(UserAccount, [tenantId, keyWorkerId]) : null,
  });
  await em.flush();
  return resident.id;
}

export async function createRelative(owner: MikroORM, tenantId: string, linkedResidentId?: string): Promise<string> {
  const em = forkForTenant(owner.em, tenantId);
  const tenant = em.getReference(Tenant, tenantId);
  const relative = em.create(Relative, { tenant, firstName: 'Relative', lastName: Math.random().toString(36).slice(2, 8) });
  if (linkedResidentId) em.create(ResidentRelative, { tenant, resident: em.getReference(Resident, [tenantId, linkedResidentId]), relative, relationship: Relationship.PARENT });
  await em.flush();
  return relative.id;
}

/** An extra staff member (createTestTenant makes one per role); signs in with TEST_PASSWORD. */
export async function createStaff(owner: MikroORM, t: TestTenant, role: Role, label: string): Promise<{ id: string; email: string }> {
  const em = forkForTenant(owner.em, t.id);
  const email = `${label}.${t.id.slice(0, 8)}@case-file.test`;
  const user = em.create(UserAccount, { tenant: em.getReference(Tenant, t.id), email, displayName: `${label} ${t.id.slice(0, 8)}`, role, passwordHash: await hashPassword(TEST_PASSWORD) });
  await em.flush();
  return { id: user.id, email };
}

export async function tokensFor(api: TestApi, t: TestTenant): Promise<Record<Role, string>> {
  const tokens = {} as Record<Role, string>;
  for (const role of Object.values(Role)) tokens[role] = (await api.login(t.users[role].email)).token;
  return tokens;
}

export function auditOf(owner: MikroORM, tenantId: string, entityId: string): Promise<AuditEvent[]> {
  return forkForTenant(owner.em, tenantId).find(AuditEvent, { tenant: tenantId, entityId }, { orderBy: { occurredAt: 'asc' } });
}

/** The one error of a refused operation, with its code (and fields for BAD_USER_INPUT). */
export function errorOf(res: GqlResult): { code: string; fields?: Record<string, string>; message: string } {
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors!;
  return { code: error.extensions?.code, fields: error.extensions?.fields, message: error.message };
}

/** Counts the SQL statements the API sends while `fn` runs (for batching checks). */
export async function countQueries(api: TestApi, fn: () => Promise<unknown>): Promise<string[]> {
  const connection = api.app.get(EntityManager).getConnection() as unknown as { execute: (...args: unknown[]) => Promise<unknown> };
  const original = connection.execute;
  const seen: string[] = [];
  connection.execute = function (this: unknown, ...args: unknown[]) {
    seen.push(String(args[0]));
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    connection.execute = original;
  }
  return seen;
}

export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
