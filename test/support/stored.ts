import type { MikroORM } from '@mikro-orm/postgresql';
import { Goal, GoalEvent } from '@bridgeway/api-goals';
import { forkForTenant } from '@bridgeway/api-tenancy';

/** What the database holds, read as the owner inside one tenant (row-level security applies as for the API). */

/** Runs SQL (`?` parameters) as the owner in the tenant's context. */
export async function ownerQuery<T = Record<string, unknown>>(owner: MikroORM, tenantId: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return forkForTenant(owner.em, tenantId).execute<T[]>(sql, params);
}

const CASE_FILE_TABLES = ['residence', 'bed', 'resident', 'stay', 'relative', 'resident_relative', 'counselling_session', 'goal', 'goal_event', 'assessment', 'audit_event'] as const;

/** Row counts of the case-file tables of one tenant, to prove a refused operation wrote nothing. */
export async function tableCounts(owner: MikroORM, tenantId: string): Promise<Record<(typeof CASE_FILE_TABLES)[number], number>> {
  const [row] = await ownerQuery<Record<(typeof CASE_FILE_TABLES)[number], number>>(
    owner,
    tenantId,
    `select ${CASE_FILE_TABLES.map((t) => `(select count(*)::int from ${t} where tenant_id = ?) as ${t}`).join(', ')}`,
    CASE_FILE_TABLES.map(() => tenantId),
  );
  return row;
}

export interface AuditRow {
  action: string;
  entityType: string;
  entityId: string;
  residentId: string | null;
  userId: string;
  details: Record<string, unknown> | null;
}

/**
 * The audit rows of a tenant that match every given column, oldest first. `entityId` also finds
 * the resident READ entries that list it among the sessions whose notes they disclosed.
 */
export async function auditOf(owner: MikroORM, tenantId: string, where: { action?: string; entityType?: string; entityId?: string; residentId?: string; userId?: string }): Promise<AuditRow[]> {
  const columns = { action: 'action', entityType: 'entity_type', entityId: 'entity_id', residentId: 'resident_id', userId: 'user_id' } as const;
  const given = (Object.keys(columns) as (keyof typeof columns)[]).filter((key) => where[key] !== undefined);
  const condition = (key: keyof typeof columns) => (key === 'entityId' ? `(entity_id = ? or details -> 'sessionNotes' @> jsonb_build_array(?::text))` : `${columns[key]} = ?`);
  return ownerQuery<AuditRow>(
    owner,
    tenantId,
    `select action, entity_type as "entityType", entity_id as "entityId", resident_id as "residentId", user_id as "userId", details
       from audit_event where ${['tenant_id = ?', ...given.map(condition)].join(' and ')} order by occurred_at`,
    [tenantId, ...given.flatMap((key) => (key === 'entityId' ? [where[key], where[key]] : [where[key]]))],
  );
}

/** A goal row and its history as stored. */
export async function storedGoal(owner: MikroORM, tenantId: string, goalId: string): Promise<{ goal: Goal | null; history: GoalEvent[] }> {
  const em = forkForTenant(owner.em, tenantId);
  const goal = await em.findOne(Goal, { tenant: tenantId, id: goalId });
  const history = await em.find(GoalEvent, { tenant: tenantId, goal: [tenantId, goalId] }, { orderBy: { changedAt: 'asc' } });
  return { goal, history };
}
