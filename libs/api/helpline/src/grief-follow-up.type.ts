import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { declarePersonRecord, relative } from '@bridgeway/api-audit';
import { DateScalar } from '@bridgeway/api-common';
import { FollowUpStatus, PlannedContactStatus } from '@bridgeway/shared-domain';
import type { GriefFollowUp } from './grief-follow-up.entity.js';
import type { PlannedContact } from './planned-contact.entity.js';
import './graphql-enums.js';

/** GraphQL `GriefFollowUp`; relative, responsible, department and contacts are field resolvers (GriefFollowUpResolver). */
@ObjectType('GriefFollowUp', { description: "A bereaved relative's follow-up plan: a series of planned contacts" })
export class GriefFollowUpType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) startedOn!: string;
  @Field(() => FollowUpStatus) status!: FollowUpStatus;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int, { description: 'Optimistic lock: pass to updateGriefFollowUp' }) version!: number;

  /** Not exposed: resolved to relative, responsible and department. */
  relativeId!: string;
  responsibleId!: string;
  departmentId!: string | null;
}

@ObjectType('PlannedContact', { description: 'One planned contact of a grief follow-up plan' })
export class PlannedContactType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) plannedOn!: string;
  @Field(() => PlannedContactStatus) status!: PlannedContactStatus;
  @Field(() => DateScalar, { nullable: true, description: 'The day it was done (status DONE)' }) doneOn!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;

  /** Not exposed: batches GriefFollowUp.contacts. */
  followUpId!: string;
}

export function toFollowUpType(followUp: GriefFollowUp): GriefFollowUpType {
  return Object.assign(new GriefFollowUpType(), {
    id: followUp.id,
    startedOn: followUp.startedOn,
    status: followUp.status,
    note: followUp.note ?? null,
    version: followUp.version,
    relativeId: followUp.relative.id,
    responsibleId: followUp.responsible.id,
    departmentId: followUp.department?.id ?? null,
  });
}

export function toPlannedContactType(contact: PlannedContact): PlannedContactType {
  return Object.assign(new PlannedContactType(), {
    id: contact.id,
    plannedOn: contact.plannedOn,
    status: contact.status,
    doneOn: contact.doneOn ?? null,
    note: contact.note ?? null,
    followUpId: contact.followUp.id,
  });
}

/** A follow-up plan discloses the bereaved relative: audited as a READ of that person. */
declarePersonRecord<GriefFollowUpType>('GriefFollowUp', (f) => [relative(f.relativeId)]);
