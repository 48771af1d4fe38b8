import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService } from '@bridgeway/api-audit';
import { BadUserInputError, ConflictError, NotFoundError } from '@bridgeway/api-common';
import { DepartmentsService } from '@bridgeway/api-organisations';
import { firstPerParent, withoutRank } from '@bridgeway/api-query-limits';
import { Tenant, byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { ConflictReason, FollowUpStatus, PlannedContactStatus } from '@bridgeway/shared-domain';
import { GriefFollowUp } from './grief-follow-up.entity.js';
import { PlannedContact } from './planned-contact.entity.js';
import { type GriefFollowUpType, type PlannedContactType, toFollowUpType, toPlannedContactType } from './grief-follow-up.type.js';
import { checkDepartmentFilter, findCaseWorker, findRelative, todayOfTenant } from './helpline-records.js';
import type { GriefFollowUpsArgs } from './dto/grief-follow-ups.args.js';
import type { StartGriefFollowUpInput, UpdateGriefFollowUpInput, UpdatePlannedContactInput } from './dto/grief-follow-up.inputs.js';

const CHANGED = 'Someone else changed this follow-up plan in the meantime; reload and try again';
const BEFORE_START = 'A planned contact cannot be before the plan starts';

/** Grief follow-up plans and their planned contacts (case workers only; the resolvers say so). */
@Injectable()
export class GriefFollowUpsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly departments: DepartmentsService,
  ) {}

  /** Newest plan first. */
  async list(args: GriefFollowUpsArgs, first: number): Promise<GriefFollowUpType[]> {
    const { tenantId } = getActor();
    await checkDepartmentFilter(this.departments, args.departmentId);
    const rows = await this.em.find(
      GriefFollowUp,
      { tenant: tenantId, ...(args.status ? { status: args.status } : {}), ...(args.departmentId ? { department: [tenantId, args.departmentId] } : {}) },
      { orderBy: { startedOn: 'desc', createdAt: 'desc', id: 'asc' }, limit: first },
    );
    return rows.map(toFollowUpType);
  }

  /** A relative's plans, newest first, at most `first` each; batched over the relatives of the request. */
  ofRelative(relativeId: string, first: number): Promise<GriefFollowUpType[]> {
    return requestLoader<string, GriefFollowUpType[]>(`helpline.followUpsByRelative:${first}`, async (ids) => {
      const rows = await this.em.execute<Record<string, unknown>[]>(
        firstPerParent({ table: 'grief_follow_up', parent: 'relative_id', orderBy: 't.started_on desc, t.created_at desc, t.id' }),
        { tenantId: getActor().tenantId, parentIds: [...ids], first },
      );
      const plans = withoutRank(rows).map((row) => toFollowUpType(this.em.map(GriefFollowUp, row)));
      return byKey(ids, plans, (p) => p.relativeId, (group) => group);
    }).load(relativeId);
  }

  /** A plan's contacts in date order (a plan reads as a calendar), at most `first` each; batched. */
  contactsOf(followUpId: string, first: number): Promise<PlannedContactType[]> {
    return requestLoader<string, PlannedContactType[]>(`helpline.contactsByFollowUp:${first}`, async (ids) => {
      const rows = await this.em.execute<Record<string, unknown>[]>(
        firstPerParent({ table: 'planned_contact', parent: 'follow_up_id', orderBy: 't.planned_on, t.created_at, t.id' }),
        { tenantId: getActor().tenantId, parentIds: [...ids], first },
      );
      const contacts = withoutRank(rows).map((row) => toPlannedContactType(this.em.map(PlannedContact, row)));
      return byKey(ids, contacts, (c) => c.followUpId, (group) => group);
    }).load(followUpId);
  }

  async start(input: StartGriefFollowUpInput): Promise<GriefFollowUpType> {
    const actor = getActor();
    const early = input.plannedOn.findIndex((day) => day < input.startedOn);
    if (early >= 0) throw new BadUserInputError({ [`plannedOn.${early}`]: BEFORE_START });
    if (new Set(input.plannedOn).size !== input.plannedOn.length) throw new BadUserInputError({ plannedOn: 'Plan each day once' });
    return this.em.transactional(async (tx) => {
      const tenant = tx.getReference(Tenant, actor.tenantId);
      const followUp = tx.create(GriefFollowUp, {
        tenant,
        relative: await findRelative(tx, input.relativeId),
        startedOn: input.startedOn,
        responsible: await findCaseWorker(tx, input.responsibleId ?? actor.userId, 'responsibleId'),
        department: input.departmentId ? await this.departments.assignable(tx, input.departmentId) : null,
        note: input.note ?? null,
      });
      for (const plannedOn of [...input.plannedOn].sort()) tx.create(PlannedContact, { tenant, followUp, plannedOn });
      await tx.flush();
      await this.audit.record(
        { action: 'CREATE', entityType: 'GriefFollowUp', entityId: followUp.id, details: { relativeId: followUp.relative.id, plannedContacts: input.plannedOn.length } },
        tx,
      );
      return toFollowUpType(followUp);
    });
  }

  async update(input: UpdateGriefFollowUpInput): Promise<GriefFollowUpType> {
    return this.em.transactional(async (tx) => {
      const followUp = await this.findFollowUp(tx, input.id, LockMode.PESSIMISTIC_WRITE);
      if (followUp.version !== input.version) throw new ConflictError(CHANGED, { reason: ConflictReason.VERSION_MISMATCH, currentVersion: followUp.version });
      if (input.status) followUp.status = input.status;
      if (input.note !== undefined) followUp.note = input.note;
      await tx.flush();
      await this.audit.record(
        { action: 'UPDATE', entityType: 'GriefFollowUp', entityId: followUp.id, details: { relativeId: followUp.relative.id, status: followUp.status } },
        tx,
      );
      return toFollowUpType(followUp);
    });
  }

  /** One more contact in an active plan. */
  async addContact(followUpId: string, plannedOn: string): Promise<PlannedContactType> {
    return this.em.transactional(async (tx) => {
      const followUp = await this.findFollowUp(tx, followUpId);
      if (followUp.status !== FollowUpStatus.ACTIVE) throw new BadUserInputError({ followUpId: 'This follow-up plan has ended; make it active again first' });
      if (plannedOn < followUp.startedOn) throw new BadUserInputError({ plannedOn: BEFORE_START });
      const contact = tx.create(PlannedContact, { tenant: tx.getReference(Tenant, getActor().tenantId), followUp, plannedOn });
      await tx.flush();
      await this.audit.record({ action: 'CREATE', entityType: 'PlannedContact', entityId: contact.id, details: { followUpId: followUp.id, relativeId: followUp.relative.id } }, tx);
      return toPlannedContactType(contact);
    });
  }

  /** DONE takes doneOn (default: today in the organisation's time zone); any other status clears it. */
  async updateContact(input: UpdatePlannedContactInput): Promise<PlannedContactType> {
    const done = input.status === PlannedContactStatus.DONE;
    if (!done && input.doneOn) throw new BadUserInputError({ doneOn: 'Only a contact that took place has a date done' });
    return this.em.transactional(async (tx) => {
      const contact = isUUID(input.id) ? await tx.findOne(PlannedContact, { tenant: getActor().tenantId, id: input.id }, { populate: ['followUp'] }) : null;
      if (!contact) throw new NotFoundError('PlannedContact', input.id);
      contact.status = input.status;
      contact.doneOn = done ? (input.doneOn ?? (await todayOfTenant(tx))) : null;
      if (input.note !== undefined) contact.note = input.note;
      await tx.flush();
      await this.audit.record(
        { action: 'UPDATE', entityType: 'PlannedContact', entityId: contact.id, details: { followUpId: contact.followUp.id, relativeId: contact.followUp.getEntity().relative.id, status: contact.status } },
        tx,
      );
      return toPlannedContactType(contact);
    });
  }

  private async findFollowUp(tx: EntityManager, id: string, lockMode?: LockMode): Promise<GriefFollowUp> {
    const followUp = isUUID(id) ? await tx.findOne(GriefFollowUp, { tenant: getActor().tenantId, id }, lockMode ? { lockMode } : {}) : null;
    if (!followUp) throw new NotFoundError('GriefFollowUp', id);
    return followUp;
  }
}
