import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { BadUserInputError, NotFoundError } from '@bridgeway/api-common';
import { DepartmentsService, UserAccount } from '@bridgeway/api-organisations';
import { Relative } from '@bridgeway/api-relatives';
import { Resident } from '@bridgeway/api-residents';
import { getActor } from '@bridgeway/api-tenancy';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';

/** Records of the actor's organisation an input points at: NOT_FOUND for any other id (another organisation's too). */

export async function findRelative(tx: EntityManager, id: string): Promise<Relative> {
  const relative = isUUID(id) ? await tx.findOne(Relative, { tenant: getActor().tenantId, id }) : null;
  if (!relative) throw new NotFoundError('Relative', id);
  return relative;
}

export async function findResident(tx: EntityManager, id: string): Promise<Resident> {
  const resident = isUUID(id) ? await tx.findOne(Resident, { tenant: getActor().tenantId, id }) : null;
  if (!resident) throw new NotFoundError('Resident', id);
  return resident;
}

/** A department filter of a list or figure: NOT_FOUND unless it is one of the organisation's. */
export async function checkDepartmentFilter(departments: DepartmentsService, id: string | null | undefined): Promise<void> {
  if (id && !(await departments.load(id))) throw new NotFoundError('Department', id);
}

/** Who is responsible for a follow-up plan: an active counsellor or manager of the organisation. */
export async function findCaseWorker(tx: EntityManager, id: string, field: string): Promise<UserAccount> {
  const user = isUUID(id) ? await tx.findOne(UserAccount, { tenant: getActor().tenantId, id }) : null;
  if (!user) throw new NotFoundError('User', id);
  if (user.disabledAt || !CASE_WORKER_ROLES.includes(user.role)) throw new BadUserInputError({ [field]: 'Choose an active counsellor or manager of your organisation' });
  return user;
}

/** Today in the organisation's time zone, YYYY-MM-DD. */
export async function todayOfTenant(tx: EntityManager): Promise<string> {
  const [row] = await tx.execute<{ today: string }[]>(`select to_char(now() at time zone time_zone, 'YYYY-MM-DD') as today from tenant where id = :tenantId`, {
    tenantId: getActor().tenantId,
  });
  return row.today;
}
