import { Injectable } from '@nestjs/common';
import { LockMode, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { BadUserInputError, ConflictError, NotFoundError } from '@bridgeway/api-common';
import { Tenant, byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { ConflictReason, DepartmentStatus } from '@bridgeway/shared-domain';
import { Department } from './department.entity.js';
import { DepartmentType, departmentFromRow, toDepartmentType } from './department.type.js';
import { OrganisationsAudit } from './organisations-audit.js';
import { UserAccount } from './user-account.entity.js';
import type { UserType } from './graphql-types.js';
import { UsersService } from './users.service.js';
import type { CreateDepartmentInput } from './dto/create-department.input.js';
import type { UpdateDepartmentInput } from './dto/update-department.input.js';

const NAME_TAKEN = 'Another department already has this name';
const CHANGED = 'Someone else changed this department in the meantime; reload and try again';

/** The status fields a department ends up with after an update, or the fields that are missing. */
type StatusOutcome = { status: DepartmentStatus; statusSince: string | null; statusReason: string | null } | { problems: Record<string, string> };

/**
 * The state an update leads to: the given fields over the stored ones. PAUSED needs a date and a
 * reason, CLOSED a date; ACTIVE has neither (a date or reason sent with ACTIVE is dropped).
 */
export function statusAfter(stored: Pick<Department, 'status' | 'statusSince' | 'statusReason'>, input: Pick<UpdateDepartmentInput, 'status' | 'statusSince' | 'statusReason'>): StatusOutcome {
  const status = input.status ?? stored.status;
  if (status === DepartmentStatus.ACTIVE) {
    if (!input.status && (input.statusSince || input.statusReason)) {
      return { problems: { status: 'Choose paused or closed to give a date or a reason' } };
    }
    return { status, statusSince: null, statusReason: null };
  }
  // Leaving the status unchanged keeps its date and reason unless new ones are sent.
  const keep = status === stored.status;
  const statusSince = input.statusSince !== undefined ? input.statusSince : keep ? (stored.statusSince ?? null) : null;
  const statusReason = input.statusReason !== undefined ? input.statusReason : keep ? (stored.statusReason ?? null) : null;
  const problems: Record<string, string> = {};
  if (!statusSince) problems.statusSince = status === DepartmentStatus.PAUSED ? 'Enter the date the department is paused from' : 'Enter the date the department closed';
  if (status === DepartmentStatus.PAUSED && !statusReason) problems.statusReason = 'Say why the department is paused';
  return Object.keys(problems).length ? { problems } : { status, statusSince, statusReason };
}

/** A tenant's departments: listed by every staff role (names only), managed by managers. */
@Injectable()
export class DepartmentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: OrganisationsAudit,
    private readonly users: UsersService,
  ) {}

  /** By name; closed ones only when asked for. */
  async list(includeClosed: boolean): Promise<DepartmentType[]> {
    const { tenantId } = getActor();
    const rows = await this.em.find(
      Department,
      { tenant: tenantId, ...(includeClosed ? {} : { status: { $ne: DepartmentStatus.CLOSED } }) },
      { orderBy: { name: 'asc', id: 'asc' } },
    );
    return rows.map(toDepartmentType);
  }

  /** A department of the actor's organisation by id, batched per request; null when unknown. */
  load(id: string): Promise<DepartmentType | null> {
    if (!isUUID(id)) return Promise.resolve(null);
    return requestLoader<string, DepartmentType | null>('departments.byId', async (ids) => {
      const rows = await this.em.find(Department, { tenant: getActor().tenantId, id: { $in: [...ids] } });
      return byKey(ids, rows, (d) => d.id, ([d]) => (d ? toDepartmentType(d) : null));
    }).load(id);
  }

  /**
   * The department a record is being put into, read in the caller's transaction: NOT_FOUND when it
   * is not one of the actor's organisation's, BAD_USER_INPUT on `field` when it is closed.
   */
  async assignable(tx: EntityManager, departmentId: string, field = 'departmentId'): Promise<Department> {
    const department = isUUID(departmentId) ? await tx.findOne(Department, { tenant: getActor().tenantId, id: departmentId }) : null;
    if (!department) throw new NotFoundError('Department', departmentId);
    if (department.status === DepartmentStatus.CLOSED) throw new BadUserInputError({ [field]: 'This department is closed; choose an open one' });
    return department;
  }

  /** The department a staff member works in (User.department), batched per request: one join. */
  ofUser(userId: string): Promise<DepartmentType | null> {
    return requestLoader<string, DepartmentType | null>('departments.ofUser', async (ids) => {
      const rows = await this.em.execute<Record<string, unknown>[]>(
        `select u.id as user_id, d.* from user_account u
           join department d on d.tenant_id = u.tenant_id and d.id = u.department_id
          where u.tenant_id = :tenantId and u.id in (:userIds)`,
        { tenantId: getActor().tenantId, userIds: [...ids] },
      );
      return byKey(ids, rows, (row) => row.user_id as string, ([row]) => (row ? departmentFromRow(row) : null));
    }).load(userId);
  }

  async create(input: CreateDepartmentInput): Promise<DepartmentType> {
    const { tenantId } = getActor();
    return this.refusingTakenNames(() =>
      this.em.transactional(async (tx) => {
        await this.checkNameFree(tx, tenantId, input.name);
        const department = tx.create(Department, { tenant: tx.getReference(Tenant, tenantId), name: input.name, place: input.place ?? null });
        await tx.flush();
        await this.audit.record({ action: 'CREATE', entityType: 'Department', entityId: department.id }, tx);
        return toDepartmentType(department);
      }),
    );
  }

  async update(input: UpdateDepartmentInput): Promise<DepartmentType> {
    const { tenantId } = getActor();
    return this.refusingTakenNames(() =>
      this.em.transactional(async (tx) => {
        const department = await tx.findOne(Department, { tenant: tenantId, id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!department) throw new NotFoundError('Department', input.id);
        if (department.version !== input.version) {
          throw new ConflictError(CHANGED, { reason: ConflictReason.VERSION_MISMATCH, currentVersion: department.version });
        }
        const outcome = statusAfter(department, input);
        if ('problems' in outcome) throw new BadUserInputError(outcome.problems);
        if (input.name !== undefined && input.name !== department.name) {
          await this.checkNameFree(tx, tenantId, input.name, department.id);
          department.name = input.name;
        }
        if (input.place !== undefined) department.place = input.place;
        const statusChanged = outcome.status !== department.status;
        Object.assign(department, outcome);
        await tx.flush();
        await this.audit.record({ action: 'UPDATE', entityType: 'Department', entityId: department.id, ...(statusChanged ? { details: { status: outcome.status } } : {}) }, tx);
        return toDepartmentType(department);
      }),
    ).catch((error: unknown) => {
      if (error instanceof OptimisticLockError) throw new ConflictError(CHANGED, { reason: ConflictReason.VERSION_MISMATCH });
      throw error;
    });
  }

  /** Puts a staff member into a department (or none); audited as an UPDATE of the user with the new department. */
  async setStaffDepartment(userId: string, departmentId: string | null): Promise<UserType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const user = isUUID(userId) ? await tx.findOne(UserAccount, { tenant: tenantId, id: userId }) : null;
      if (!user) throw new NotFoundError('User', userId);
      const department = departmentId === null ? null : await this.assignable(tx, departmentId);
      const from = user.department?.id ?? null;
      user.department = department ? tx.getReference(Department, [tenantId, department.id], { wrapped: true }) : null;
      await tx.flush();
      await this.audit.record({ action: 'UPDATE', entityType: 'User', entityId: user.id, details: { departmentFrom: from, departmentTo: department?.id ?? null } }, tx);
      return this.users.toGraphQL(user);
    });
  }

  /** Case-insensitive, so "Hamar" and "hamar" are not two departments. */
  private async checkNameFree(tx: EntityManager, tenantId: string, name: string, exceptId?: string): Promise<void> {
    const [taken] = await tx.execute<{ id: string }[]>(
      `select id from department where tenant_id = :tenantId and lower(name) = lower(:name)${exceptId ? ' and id <> :exceptId' : ''} limit 1`,
      { tenantId, name, ...(exceptId ? { exceptId } : {}) },
    );
    if (taken) throw new BadUserInputError({ name: NAME_TAKEN });
  }

  /** Two managers creating the same name at once: the unique key decides, reported like the check above. */
  private async refusingTakenNames<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new BadUserInputError({ name: NAME_TAKEN });
      throw error;
    }
  }
}
