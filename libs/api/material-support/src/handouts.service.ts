import { Injectable } from '@nestjs/common';
import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService, type AuditEntry } from '@bridgeway/api-audit';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@bridgeway/api-common';
import { DepartmentsService, UserAccount } from '@bridgeway/api-organisations';
import { Relative } from '@bridgeway/api-relatives';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, getActor } from '@bridgeway/api-tenancy';
import { Role } from '@bridgeway/shared-domain';
import { Handout } from './handout.entity.js';
import { type HandoutType, handoutFromRow, toHandoutType, withoutRecipient } from './handout.type.js';
import { HANDOUT_MESSAGES, type RecordHandoutInput, type UpdateHandoutInput } from './dto/handout.inputs.js';
import type { HandoutsArgs } from './dto/handouts.args.js';

/** Group leaders hand out parcels: they record anonymous handouts and never see who received one. */
const isGroupLeader = () => getActor().role === Role.GROUP_LEADER;

@Injectable()
export class HandoutsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly departments: DepartmentsService,
  ) {}

  /** Newest first. */
  async list(args: HandoutsArgs, first: number): Promise<HandoutType[]> {
    if (args.departmentId && !(await this.departments.load(args.departmentId))) throw new NotFoundError('Department', args.departmentId);
    const where = [
      'h.tenant_id = :tenantId',
      ...(args.from ? ['h.handed_out_on >= :from'] : []),
      ...(args.to ? ['h.handed_out_on <= :to'] : []),
      ...(args.kind ? ['h.kind = :kind::handout_kind'] : []),
      ...(args.departmentId ? ['h.department_id = :departmentId'] : []),
    ];
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select h.* from handout h where ${where.join(' and ')} order by h.handed_out_on desc, h.created_at desc, h.id limit :first`,
      { tenantId: getActor().tenantId, from: args.from ?? null, to: args.to ?? null, kind: args.kind ?? null, departmentId: args.departmentId ?? null, first },
    );
    return rows.map(handoutFromRow).map(shown);
  }

  async record(input: RecordHandoutInput): Promise<HandoutType> {
    const actor = getActor();
    if (isGroupLeader() && (input.residentId || input.relativeId)) throw new ForbiddenError('A group leader records anonymous handouts only');
    const recipients = [input.residentId, input.relativeId, input.anonymousRecipients].filter((r) => r != null).length;
    if (recipients !== 1) throw new BadUserInputError({ [recipients ? 'anonymousRecipients' : 'residentId']: HANDOUT_MESSAGES.oneRecipient });
    return this.em.transactional(async (tx) => {
      const handout = tx.create(Handout, {
        tenant: tx.getReference(Tenant, actor.tenantId),
        handedOutOn: input.handedOutOn,
        kind: input.kind,
        quantity: input.quantity,
        resident: input.residentId ? await this.findResident(tx, input.residentId) : null,
        relative: input.relativeId ? await this.findRelative(tx, input.relativeId) : null,
        anonymousRecipients: input.anonymousRecipients ?? null,
        department: input.departmentId ? await this.departments.assignable(tx, input.departmentId) : null,
        note: input.note ?? null,
        recordedBy: tx.getReference(UserAccount, [actor.tenantId, actor.userId]),
      });
      await tx.flush();
      await this.audit.record(auditEntry('CREATE', handout), tx);
      return shown(toHandoutType(handout));
    });
  }

  async update(input: UpdateHandoutInput): Promise<HandoutType> {
    return this.em.transactional(async (tx) => {
      const handout = isUUID(input.id) ? await tx.findOne(Handout, { tenant: getActor().tenantId, id: input.id }) : null;
      if (!handout) throw new NotFoundError('Handout', input.id);
      if (input.anonymousRecipients != null && handout.anonymousRecipients == null) {
        throw new BadUserInputError({ anonymousRecipients: 'This handout went to a person record; record a new anonymous handout instead' });
      }
      if (input.handedOutOn) handout.handedOutOn = input.handedOutOn;
      if (input.kind) handout.kind = input.kind;
      if (input.quantity != null) handout.quantity = input.quantity;
      if (input.anonymousRecipients != null) handout.anonymousRecipients = input.anonymousRecipients;
      if (input.departmentId !== undefined) handout.department = input.departmentId ? ref(await this.departments.assignable(tx, input.departmentId)) : null;
      if (input.note !== undefined) handout.note = input.note;
      await tx.flush();
      await this.audit.record(auditEntry('UPDATE', handout), tx);
      return shown(toHandoutType(handout));
    });
  }

  private async findResident(tx: EntityManager, id: string): Promise<Resident> {
    const resident = await tx.findOne(Resident, { tenant: getActor().tenantId, id });
    if (!resident) throw new NotFoundError('Resident', id);
    return resident;
  }

  private async findRelative(tx: EntityManager, id: string): Promise<Relative> {
    const relative = await tx.findOne(Relative, { tenant: getActor().tenantId, id });
    if (!relative) throw new NotFoundError('Relative', id);
    return relative;
  }
}

/** What the actor may see of a handout. */
const shown = (handout: HandoutType): HandoutType => (isGroupLeader() ? withoutRecipient(handout) : handout);

function auditEntry(action: 'CREATE' | 'UPDATE', handout: Handout): AuditEntry {
  return {
    action,
    entityType: 'Handout',
    entityId: handout.id,
    residentId: handout.resident?.id ?? null,
    ...(handout.relative ? { details: { relativeId: handout.relative.id } } : {}),
  };
}
