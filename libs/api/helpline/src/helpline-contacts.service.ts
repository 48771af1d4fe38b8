import { Injectable } from '@nestjs/common';
import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService, type AuditEntry } from '@bridgeway/api-audit';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@bridgeway/api-common';
import { DepartmentsService, UserAccount } from '@bridgeway/api-organisations';
import { Tenant, getActor } from '@bridgeway/api-tenancy';
import { ContactOutcome, Role } from '@bridgeway/shared-domain';
import { HelplineContact } from './helpline-contact.entity.js';
import { type HelplineContactType, contactFromRow, toContactType, withoutPerson } from './helpline-contact.type.js';
import { checkDepartmentFilter, findRelative, findResident } from './helpline-records.js';
import { CONTACT_MESSAGES, type LogHelplineContactInput } from './dto/log-helpline-contact.input.js';
import type { HelplineContactsArgs } from './dto/helpline-contacts.args.js';
import type { UpdateHelplineContactInput } from './dto/update-helpline-contact.input.js';

/** How long a group leader may correct a contact they logged. */
export const GROUP_LEADER_EDIT_HOURS = 24;

const NO_LINKING = 'A group leader logs contacts without linking them to a person record';

/** Group leaders (the helpline's volunteers) see and correct only their own contacts, and never who a contact was with. */
const isGroupLeader = () => getActor().role === Role.GROUP_LEADER;

@Injectable()
export class HelplineContactsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly departments: DepartmentsService,
  ) {}

  /** Newest first. Days are the organisation's (tenant.time_zone), as in helpline_figures. */
  async list(args: HelplineContactsArgs, first: number): Promise<HelplineContactType[]> {
    const { tenantId, userId } = getActor();
    await checkDepartmentFilter(this.departments, args.departmentId);
    const where = [
      'c.tenant_id = :tenantId',
      ...(args.from ? ['c.occurred_at >= (:from::date::timestamp at time zone t.time_zone)'] : []),
      ...(args.to ? ['c.occurred_at < ((:to::date + 1)::timestamp at time zone t.time_zone)'] : []),
      ...(args.departmentId ? ['c.department_id = :departmentId'] : []),
      ...(isGroupLeader() ? ['c.recorded_by_id = :userId'] : []),
    ];
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select c.* from helpline_contact c join tenant t on t.id = c.tenant_id
        where ${where.join(' and ')}
        order by c.occurred_at desc, c.created_at desc, c.id
        limit :first`,
      { tenantId, userId, from: args.from ?? null, to: args.to ?? null, departmentId: args.departmentId ?? null, first },
    );
    return rows.map(contactFromRow).map(this.shown);
  }

  async log(input: LogHelplineContactInput): Promise<HelplineContactType> {
    const actor = getActor();
    if (isGroupLeader() && (input.relativeId || input.residentId)) throw new ForbiddenError(NO_LINKING);
    if (input.relativeId && input.residentId) throw new BadUserInputError({ residentId: CONTACT_MESSAGES.onePerson });
    return this.em.transactional(async (tx) => {
      const contact = tx.create(HelplineContact, {
        tenant: tx.getReference(Tenant, actor.tenantId),
        occurredAt: input.occurredAt ?? new Date(),
        durationMinutes: input.durationMinutes,
        channel: input.channel,
        callerKind: input.callerKind,
        topics: input.topics ?? [],
        outcome: input.outcome,
        referredTo: input.referredTo ?? null,
        notes: input.notes ?? null,
        department: input.departmentId ? await this.departments.assignable(tx, input.departmentId) : null,
        relative: input.relativeId ? await findRelative(tx, input.relativeId) : null,
        resident: input.residentId ? await findResident(tx, input.residentId) : null,
        recordedBy: tx.getReference(UserAccount, [actor.tenantId, actor.userId]),
      });
      await tx.flush();
      await this.audit.record(auditEntry('CREATE', contact), tx);
      return this.shown(toContactType(contact));
    });
  }

  /** Case workers correct any contact; a group leader only their own, for GROUP_LEADER_EDIT_HOURS. */
  async update(input: UpdateHelplineContactInput): Promise<HelplineContactType> {
    const actor = getActor();
    const groupLeader = isGroupLeader();
    if (groupLeader && (input.relativeId || input.residentId)) throw new ForbiddenError(NO_LINKING);
    return this.em.transactional(async (tx) => {
      const contact = isUUID(input.id) ? await tx.findOne(HelplineContact, { tenant: actor.tenantId, id: input.id }) : null;
      // Another volunteer's contact is not theirs to see: as if it did not exist.
      if (!contact || (groupLeader && contact.recordedBy.id !== actor.userId)) throw new NotFoundError('HelplineContact', input.id);
      if (groupLeader && contact.createdAt.getTime() < Date.now() - GROUP_LEADER_EDIT_HOURS * 3_600_000) {
        throw new ForbiddenError(`A group leader may correct a contact for ${GROUP_LEADER_EDIT_HOURS} hours after logging it; ask a counsellor`);
      }
      const formerResidentId = contact.resident?.id ?? null;
      if (input.occurredAt) contact.occurredAt = input.occurredAt;
      if (input.durationMinutes != null) contact.durationMinutes = input.durationMinutes;
      if (input.channel) contact.channel = input.channel;
      if (input.callerKind) contact.callerKind = input.callerKind;
      if (input.outcome) contact.outcome = input.outcome;
      if (input.topics) contact.topics = input.topics;
      if (input.referredTo !== undefined) contact.referredTo = input.referredTo;
      if (input.notes !== undefined) contact.notes = input.notes;
      if (input.departmentId !== undefined) contact.department = input.departmentId ? ref(await this.departments.assignable(tx, input.departmentId)) : null;
      if (!groupLeader) {
        if (input.relativeId !== undefined) contact.relative = input.relativeId ? ref(await findRelative(tx, input.relativeId)) : null;
        if (input.residentId !== undefined) contact.resident = input.residentId ? ref(await findResident(tx, input.residentId)) : null;
      }
      if (contact.outcome === ContactOutcome.REFERRED && !contact.referredTo) throw new BadUserInputError({ referredTo: CONTACT_MESSAGES.referredTo });
      if (contact.relative && contact.resident) throw new BadUserInputError({ [input.residentId ? 'residentId' : 'relativeId']: CONTACT_MESSAGES.onePerson });
      await tx.flush();
      await this.audit.record(auditEntry('UPDATE', contact, formerResidentId), tx);
      return this.shown(toContactType(contact));
    });
  }

  /** What the actor may see of a contact. */
  private readonly shown = (contact: HelplineContactType): HelplineContactType => (isGroupLeader() ? withoutPerson(contact) : contact);
}

/** The contact's resident (or, when it was unlinked, the former one) carries the row into that resident's audit trail. */
function auditEntry(action: 'CREATE' | 'UPDATE', contact: HelplineContact, formerResidentId: string | null = null): AuditEntry {
  return {
    action,
    entityType: 'HelplineContact',
    entityId: contact.id,
    residentId: contact.resident?.id ?? formerResidentId,
    ...(contact.relative ? { details: { relativeId: contact.relative.id } } : {}),
  };
}
