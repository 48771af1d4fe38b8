import { Injectable } from '@nestjs/common';
import type { QueryResult } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService } from '@bridgeway/api-audit';
import { BadUserInputError, ConflictError, NotFoundError } from '@bridgeway/api-common';
import { UserAccount } from '@bridgeway/api-organisations';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, getActor } from '@bridgeway/api-tenancy';
import { ConflictReason, GoalStatus } from '@bridgeway/shared-domain';
import { Goal } from './goal.entity.js';
import { GoalEvent } from './goal-event.entity.js';
import { type GoalType, toGoalType } from './goal.type.js';
import { checkAchievedProgress, defaultProgress } from './goal-rules.js';
import type { CreateGoalInput } from './dto/create-goal.input.js';
import type { UpdateGoalInput } from './dto/update-goal.input.js';
import type { UpdateGoalProgressInput } from './dto/update-goal-progress.input.js';

/** The column values a conditional update sets; names are fixed here, never taken from input. */
type GoalColumns = Partial<Record<'title' | 'description' | 'target_date' | 'domain' | 'progress' | 'status', unknown>>;

@Injectable()
export class GoalsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<GoalType> {
    return toGoalType(await this.find(this.em, id));
  }

  /** Creates the goal and its first history entry (from nothing to the initial status and progress). */
  async create(input: CreateGoalInput): Promise<GoalType> {
    const actor = getActor();
    const status = input.status ?? GoalStatus.PLANNED;
    const progress = input.progress ?? defaultProgress(status);
    checkAchievedProgress(status, progress);
    return this.em.transactional(async (tx) => {
      const resident = await tx.findOne(Resident, { tenant: actor.tenantId, id: input.residentId });
      if (!resident) throw new NotFoundError('Resident', input.residentId);
      const tenant = tx.getReference(Tenant, actor.tenantId);
      const me = tx.getReference(UserAccount, [actor.tenantId, actor.userId]);
      const goal = tx.create(Goal, {
        tenant,
        resident,
        domain: input.domain,
        title: input.title,
        description: input.description ?? null,
        targetDate: input.targetDate ?? null,
        status,
        progress,
        createdBy: me,
      });
      tx.create(GoalEvent, { tenant, goal, changedBy: me, changedAt: goal.createdAt, fromStatus: null, toStatus: status, fromProgress: null, toProgress: progress, note: input.note ?? null });
      await tx.flush();
      await this.audit.record({ action: 'CREATE', entityType: 'Goal', entityId: goal.id, residentId: resident.id }, tx);
      return toGoalType(goal);
    });
  }

  /**
   * Records progress (and optionally a new status) if the goal is still at `expectedVersion`,
   * and appends the history entry. Safe under concurrency: the version check is part of the
   * UPDATE itself, so of many requests sent with the same version exactly one changes the row.
   */
  updateProgress(input: UpdateGoalProgressInput): Promise<GoalType> {
    return this.em.transactional(async (tx) => {
      const goal = await this.find(tx, input.goalId);
      if (goal.version !== input.expectedVersion) throw conflict(goal);
      const status = input.status ?? goal.status;
      checkAchievedProgress(status, input.progress);
      // The row held these values at expectedVersion (every change bumps the version); kept before
      // updateIfVersion refreshes the same entity instance with the new values.
      const before = { fromStatus: goal.status, fromProgress: goal.progress };
      const changed = await this.updateIfVersion(tx, goal, input.expectedVersion, { progress: input.progress, status });
      const actor = getActor();
      tx.create(GoalEvent, {
        tenant: tx.getReference(Tenant, actor.tenantId),
        goal: changed,
        changedBy: tx.getReference(UserAccount, [actor.tenantId, actor.userId]),
        changedAt: changed.updatedAt,
        ...before,
        toStatus: status,
        toProgress: input.progress,
        note: input.note ?? null,
      });
      await tx.flush();
      await this.audit.record({ action: 'UPDATE', entityType: 'Goal', entityId: goal.id, residentId: goal.resident.id }, tx);
      return toGoalType(changed);
    });
  }

  /** Changes title, description, target date or domain under the same version rule; the history is for status and progress only. */
  update(input: UpdateGoalInput): Promise<GoalType> {
    const columns: GoalColumns = {};
    if (input.title !== undefined) columns.title = input.title;
    if (input.description !== undefined) columns.description = input.description;
    if (input.targetDate !== undefined) columns.target_date = input.targetDate;
    if (input.domain != null) columns.domain = input.domain;
    if (!Object.keys(columns).length) throw new BadUserInputError({ title: 'Give a new title, description, target date or domain' });
    return this.em.transactional(async (tx) => {
      const goal = await this.find(tx, input.goalId);
      if (goal.version !== input.expectedVersion) throw conflict(goal);
      const changed = await this.updateIfVersion(tx, goal, input.expectedVersion, columns);
      await this.audit.record({ action: 'UPDATE', entityType: 'Goal', entityId: goal.id, residentId: goal.resident.id }, tx);
      return toGoalType(changed);
    });
  }

  private async find(em: EntityManager, id: string): Promise<Goal> {
    const goal = isUUID(id) ? await em.findOne(Goal, { tenant: getActor().tenantId, id }) : null;
    if (!goal) throw new NotFoundError('Goal', id);
    return goal;
  }

  /**
   * `update goal set …, version = version + 1 where tenant_id = :tenantId and id = :goalId and version = :expectedVersion`.
   * Zero rows means someone else changed the goal since it was read: CONFLICT with the
   * current values, and the transaction rolls back. Returns the goal as now stored.
   */
  private async updateIfVersion(tx: EntityManager, goal: Goal, expectedVersion: number, columns: GoalColumns): Promise<Goal> {
    // Each column's value goes by the column's name (a fixed set of names, see GoalColumns).
    const sets = Object.keys(columns).map((column) => (column === 'status' ? `${column} = :${column}::goal_status` : column === 'domain' ? `${column} = :${column}::goal_domain` : `${column} = :${column}`));
    const result = await tx.execute<QueryResult>(
      `update goal set ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        where tenant_id = :tenantId and id = :goalId and version = :expectedVersion`,
      { ...columns, tenantId: getActor().tenantId, goalId: goal.id, expectedVersion },
      'run',
    );
    const current = await tx.refresh(goal);
    if (!current) throw new NotFoundError('Goal', goal.id);
    if (result.affectedRows !== 1) throw conflict(current);
    return current;
  }
}

function conflict(current: Goal): ConflictError {
  return new ConflictError('Someone else changed this goal in the meantime; review the current values and try again', {
    reason: ConflictReason.VERSION_MISMATCH,
    current: { version: current.version, progress: current.progress, status: current.status, updatedAt: current.updatedAt.toISOString() },
  });
}
