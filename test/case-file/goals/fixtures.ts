import type { MikroORM } from '@mikro-orm/postgresql';
import { AuditEvent } from '@bridgeway/api-audit';
import { Goal, GoalEvent } from '@bridgeway/api-goals';
import { UserAccount } from '@bridgeway/api-organisations';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, forkForTenant } from '@bridgeway/api-tenancy';
import { Role } from '@bridgeway/shared-domain';
import type { GqlResult, TestApi } from '../../support/api.js';
import type { TestTenant } from '../../support/tenants.js';

/** A resident written directly as the owner (the residents API is another engineer's). */
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

export async function tokensFor(api: TestApi, t: TestTenant): Promise<Record<Role, string>> {
  const tokens = {} as Record<Role, string>;
  for (const role of Object.values(Role)) tokens[role] = (await api.login(t.users[role].email)).token;
  return tokens;
}

/** The goal row and its history as stored, read as the owner. */
export async function storedGoal(owner: MikroORM, tenantId: string, goalId: string): Promise<{ goal: Goal | null; history: GoalEvent[] }> {
  const em = forkForTenant(owner.em, tenantId);
  const goal = await em.findOne(Goal, { tenant: tenantId, id: goalId });
  const history = await em.find(GoalEvent, { tenant: tenantId, goal: [tenantId, goalId] }, { orderBy: { changedAt: 'asc' } });
  return { goal, history };
}

export function auditOf(owner: MikroORM, tenantId: string, entityId: string): Promise<AuditEvent[]> {
  return forkForTenant(owner.em, tenantId).find(AuditEvent, { tenant: tenantId, entityId }, { orderBy: { occurredAt: 'asc' } });
}

/** The one error of a refused operation, with its code (and fields for BAD_USER_INPUT). */
export function errorOf(res: GqlResult): { code: string; fields?: Record<string, string>; message: string; extensions: Record<string, any> } {
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors!;
  return { code: error.extensions?.code, fields: error.extensions?.fields, message: error.message, extensions: error.extensions ?? {} };
}
