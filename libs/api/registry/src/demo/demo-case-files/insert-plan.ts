import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import { Bed, Residence } from '@bridgeway/api-residences';
import { Resident } from '@bridgeway/api-residents';
import { Stay } from '@bridgeway/api-stays';
import { Relative, ResidentRelative } from '@bridgeway/api-relatives';
import { CounsellingSession } from '@bridgeway/api-counselling';
import { Goal, GoalEvent } from '@bridgeway/api-goals';
import { Assessment } from '@bridgeway/api-assessments';
import type { CaseFilePlan } from './plan-types.js';

/** Rows per INSERT statement, well below PostgreSQL's 65,535 bind parameters. */
const CHUNK = 500;

async function insertChunked<T extends object>(em: EntityManager, entity: EntityName<T>, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- plain rows keyed by entity property, references as [tenant_id, id]
    await em.insertMany(entity, rows.slice(i, i + CHUNK) as any[]);
  }
}

/**
 * Writes a plan in one transaction of the tenant's context (the row-level policies
 * check every row), parents first, with multi-row INSERTs: a few statements per table.
 * `em` must come from forkForTenant(orm.em, plan.tenantId).
 */
export async function insertCaseFilePlan(em: EntityManager, plan: CaseFilePlan): Promise<number> {
  const tenant = plan.tenantId;
  const ref = (id: string): [string, string] => [tenant, id];
  const tables: [EntityName<object>, object[]][] = [
    [Residence, plan.residences.map((r) => ({ tenant, ...r }))],
    [Bed, plan.beds.map(({ residenceId, ...b }) => ({ tenant, ...b, residence: ref(residenceId) }))],
    [Resident, plan.residents.map(({ keyWorkerId, ...r }) => ({ tenant, ...r, keyWorker: ref(keyWorkerId), version: 1 }))],
    [
      Stay,
      plan.stays.map(({ residentId, residenceId, bedId, admittedById, ...s }) => ({
        tenant,
        ...s,
        resident: ref(residentId),
        residence: ref(residenceId),
        bed: ref(bedId),
        admittedBy: ref(admittedById),
      })),
    ],
    [Relative, plan.relatives.map((r) => ({ tenant, ...r }))],
    [ResidentRelative, plan.residentRelatives.map(({ residentId, relativeId, ...l }) => ({ tenant, ...l, resident: ref(residentId), relative: ref(relativeId) }))],
    [Goal, plan.goals.map(({ residentId, createdById, ...g }) => ({ tenant, ...g, resident: ref(residentId), createdBy: ref(createdById) }))],
    [GoalEvent, plan.goalEvents.map(({ goalId, changedById, ...e }) => ({ tenant, ...e, goal: ref(goalId), changedBy: ref(changedById) }))],
    [
      CounsellingSession,
      plan.sessions.map(({ residentId, relativeId, counsellorId, ...s }) => ({
        tenant,
        ...s,
        resident: residentId ? ref(residentId) : null,
        relative: relativeId ? ref(relativeId) : null,
        counsellor: ref(counsellorId),
      })),
    ],
    [Assessment, plan.assessments.map(({ residentId, instrumentCode, assessedById, ...a }) => ({ tenant, ...a, resident: ref(residentId), instrument: instrumentCode, assessedBy: ref(assessedById) }))],
  ];
  let count = 0;
  await em.transactional(async (tx) => {
    for (const [entity, rows] of tables) {
      await insertChunked(tx, entity, rows);
      count += rows.length;
    }
  });
  return count;
}
