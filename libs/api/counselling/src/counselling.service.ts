import { Injectable } from '@nestjs/common';
import { LockMode, ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService } from '@bridgeway/api-audit';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@bridgeway/api-common';
import { UserAccount } from '@bridgeway/api-organisations';
import { Relative, ResidentRelative } from '@bridgeway/api-relatives';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, getActor } from '@bridgeway/api-tenancy';
import { CASE_WORKER_ROLES, ConflictReason, type GoalDomain, Role, SESSION_CHANGE_DAYS } from '@bridgeway/shared-domain';
import { CounsellingSession } from './counselling-session.entity.js';
import { CounsellingSessionRevision, SessionChange, type SessionValues } from './counselling-session-revision.entity.js';
import type { CorrectCounsellingSessionInput, WithdrawCounsellingSessionInput } from './dto/change-session.input.js';
import { type CounsellingSessionType, toSessionType } from './counselling-session.type.js';
import type { LogCounsellingSessionInput } from './dto/log-counselling-session.input.js';
import type { LogRelativeSessionInput } from './dto/log-relative-session.input.js';
import type { SessionDetailsInput } from './dto/session-details.input.js';

/**
 * The record rules the input validators cannot see alone: a session says something (notes or a
 * domain), and it cannot predate the resident (their intake, or birth if that is later).
 */
export function checkSessionRecord(session: { occurredOn: string; notes: string | null; domains: readonly GoalDomain[] }, resident: Resident | null): void {
  const fields: Record<string, string> = {};
  if (!session.notes && !session.domains.length) fields.notes = 'Write notes or choose at least one life domain';
  if (resident) {
    const [earliest, what] = resident.dateOfBirth && resident.dateOfBirth > resident.intakeDate ? [resident.dateOfBirth, 'date of birth'] : [resident.intakeDate, 'intake date'];
    if (session.occurredOn < earliest) fields.occurredOn = `The session date cannot be before the resident's ${what} (${earliest})`;
  }
  if (Object.keys(fields).length) throw new BadUserInputError(fields);
}

/**
 * Why the actor may not correct or withdraw this session, or null if they may: only its counsellor
 * or a manager, only within SESSION_CHANGE_DAYS of logging it, and never once withdrawn.
 */
export function changeRefusal(actor: { userId: string; role: Role }, session: { counsellorId: string; createdAt: Date; withdrawn: boolean }, verb: 'correct' | 'withdraw', now = new Date()): string | null {
  if (actor.userId !== session.counsellorId && actor.role !== Role.MANAGER) return `Only the session's counsellor or a manager may ${verb} it`;
  if (session.withdrawn) return `This session has been withdrawn; it cannot be changed any more`;
  if (now.getTime() - session.createdAt.getTime() > SESSION_CHANGE_DAYS * 86_400_000) {
    return `A session can be corrected or withdrawn only within ${SESSION_CHANGE_DAYS} days of logging it`;
  }
  return null;
}

function valuesOf(session: CounsellingSession): SessionValues {
  return { occurredOn: session.occurredOn, durationMinutes: session.durationMinutes, kind: session.kind, domains: [...(session.domains ?? [])], notes: session.notes ?? null };
}

@Injectable()
export class CounsellingService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<CounsellingSessionType> {
    if (!isUUID(id)) throw new NotFoundError('CounsellingSession', id);
    const session = await this.em.findOne(CounsellingSession, { tenant: getActor().tenantId, id });
    if (!session) throw new NotFoundError('CounsellingSession', id);
    return toSessionType(session);
  }

  /** A session with a resident. */
  logWithResident(input: LogCounsellingSessionInput): Promise<CounsellingSessionType> {
    return this.em.transactional(async (tx) => {
      const resident = await this.findResident(tx, input.residentId);
      return this.log(tx, input, { resident, relative: null });
    });
  }

  /** A session with a relative, on their own or about a resident they are linked to. */
  logWithRelative(input: LogRelativeSessionInput): Promise<CounsellingSessionType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const relative = await tx.findOne(Relative, { tenant: tenantId, id: input.relativeId });
      if (!relative) throw new NotFoundError('Relative', input.relativeId);
      const resident = input.residentId ? await this.findResident(tx, input.residentId) : null;
      if (resident && !(await tx.count(ResidentRelative, { tenant: tenantId, resident: [tenantId, resident.id], relative: [tenantId, relative.id] }))) {
        throw new BadUserInputError({ residentId: 'This relative is not linked to this resident' });
      }
      return this.log(tx, input, { resident, relative });
    });
  }

  private async log(tx: EntityManager, input: SessionDetailsInput, client: { resident: Resident | null; relative: Relative | null }): Promise<CounsellingSessionType> {
    const actor = getActor();
    const counsellor = await this.findCounsellor(tx, input.counsellorId ?? actor.userId);
    // The author reads the notes and is credited with the hours: only a manager records a session for someone else.
    if (counsellor.id !== actor.userId && actor.role !== Role.MANAGER) throw new ForbiddenError('Only a manager may log a session held by someone else');
    checkSessionRecord({ occurredOn: input.occurredOn, notes: input.notes ?? null, domains: input.domains ?? [] }, client.resident);
    const session = tx.create(CounsellingSession, {
      tenant: tx.getReference(Tenant, actor.tenantId),
      resident: client.resident,
      relative: client.relative,
      counsellor,
      occurredOn: input.occurredOn,
      durationMinutes: input.durationMinutes,
      kind: input.kind,
      domains: input.domains ?? [],
      notes: input.notes ?? null,
      hopes: input.hopes ?? null,
      resources: input.resources ?? null,
      usefulExperience: input.usefulExperience ?? null,
      nextStep: input.nextStep ?? null,
    });
    await tx.flush();
    await this.audit.record({ action: 'CREATE', entityType: 'CounsellingSession', entityId: session.id, residentId: client.resident?.id ?? null }, tx);
    return toSessionType(session);
  }

  /** Corrects a session; the values it held before are kept in its revisions. */
  correct(input: CorrectCounsellingSessionInput): Promise<CounsellingSessionType> {
    return this.em.transactional(async (tx) => {
      const session = await this.findChangeable(tx, input.id, 'correct');
      if (input.expectedVersion != null && input.expectedVersion !== session.version) {
        throw new ConflictError('Someone else changed this session in the meantime; review it and try again', {
          reason: ConflictReason.VERSION_MISMATCH,
          current: { version: session.version },
        });
      }
      const previous = valuesOf(session);
      const next: SessionValues = {
        occurredOn: input.occurredOn ?? previous.occurredOn,
        durationMinutes: input.durationMinutes ?? previous.durationMinutes,
        kind: input.kind ?? previous.kind,
        domains: input.domains ?? previous.domains,
        notes: input.notes == null ? previous.notes : input.notes.trim() || null,
      };
      checkSessionRecord(next, session.resident ? await tx.findOne(Resident, { tenant: getActor().tenantId, id: session.resident.id }) : null);
      Object.assign(session, next);
      this.revise(tx, session, SessionChange.CORRECTED, input.reason, previous);
      await tx.flush();
      await this.audit.record({ action: 'UPDATE', entityType: 'CounsellingSession', entityId: session.id, residentId: session.resident?.id ?? null }, tx);
      return toSessionType(session);
    });
  }

  /** Withdraws a session logged by mistake: kept and marked, it leaves every figure. */
  withdraw(input: WithdrawCounsellingSessionInput): Promise<CounsellingSessionType> {
    return this.em.transactional(async (tx) => {
      const session = await this.findChangeable(tx, input.id, 'withdraw');
      const actor = getActor();
      this.revise(tx, session, SessionChange.WITHDRAWN, input.reason, valuesOf(session));
      session.withdrawnAt = new Date();
      session.withdrawnBy = ref(tx.getReference(UserAccount, [actor.tenantId, actor.userId]));
      session.withdrawalReason = input.reason;
      await tx.flush();
      await this.audit.record({ action: 'UPDATE', entityType: 'CounsellingSession', entityId: session.id, residentId: session.resident?.id ?? null }, tx);
      return toSessionType(session);
    });
  }

  /** The session, locked for this change, if the actor may still change it (mayChangeSession). */
  private async findChangeable(tx: EntityManager, id: string, verb: 'correct' | 'withdraw'): Promise<CounsellingSession> {
    const session = isUUID(id) ? await tx.findOne(CounsellingSession, { tenant: getActor().tenantId, id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!session) throw new NotFoundError('CounsellingSession', id);
    const refusal = changeRefusal(getActor(), { counsellorId: session.counsellor.id, createdAt: session.createdAt, withdrawn: session.withdrawnAt != null }, verb);
    if (refusal) throw new ForbiddenError(refusal);
    return session;
  }

  private revise(tx: EntityManager, session: CounsellingSession, change: SessionChange, reason: string, previous: SessionValues): void {
    const actor = getActor();
    tx.create(CounsellingSessionRevision, {
      tenant: tx.getReference(Tenant, actor.tenantId),
      session,
      change,
      changedBy: tx.getReference(UserAccount, [actor.tenantId, actor.userId]),
      reason,
      previous,
    });
  }

  private async findResident(tx: EntityManager, id: string): Promise<Resident> {
    const resident = await tx.findOne(Resident, { tenant: getActor().tenantId, id });
    if (!resident) throw new NotFoundError('Resident', id);
    return resident;
  }

  /** The counsellor who held the session: an active counsellor or manager of the organisation. */
  private async findCounsellor(tx: EntityManager, id: string): Promise<UserAccount> {
    const user = await tx.findOne(UserAccount, { tenant: getActor().tenantId, id });
    if (!user) throw new NotFoundError('User', id);
    if (user.disabledAt || !CASE_WORKER_ROLES.includes(user.role)) {
      throw new BadUserInputError({ counsellorId: 'Choose an active counsellor or manager of your organisation' });
    }
    return user;
  }
}
