import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { declarePersonRecord, relative, resident } from '@bridgeway/api-audit';
import { CallerKind, ContactChannel, ContactOutcome, HelplineTopic } from '@bridgeway/shared-domain';
import type { HelplineContact } from './helpline-contact.entity.js';
import { enumArray } from './enum-array.js';
import './graphql-enums.js';

/**
 * GraphQL `HelplineContact`. department, recordedBy, relative and resident are field resolvers
 * (HelplineContactResolver); relative and resident are for case workers only.
 */
@ObjectType('HelplineContact', { description: 'One contact on the relatives\' helpline' })
export class HelplineContactType {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => ContactChannel) channel!: ContactChannel;
  @Field(() => CallerKind) callerKind!: CallerKind;
  @Field(() => [HelplineTopic]) topics!: HelplineTopic[];
  @Field(() => ContactOutcome) outcome!: ContactOutcome;
  @Field(() => String, { nullable: true, description: 'Where the caller was referred to (outcome REFERRED)' }) referredTo!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => Boolean, { description: 'Linked to no person record' }) anonymous!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  /** Not exposed: resolved to department, recordedBy, relative and resident. */
  departmentId!: string | null;
  recordedById!: string;
  relativeId!: string | null;
  residentId!: string | null;
}

/** A contact straight from a `helpline_contact` row. */
export function contactFromRow(row: Record<string, unknown>): HelplineContactType {
  const text = (key: string) => (row[key] as string | null) ?? null;
  return Object.assign(new HelplineContactType(), {
    id: row.id as string,
    occurredAt: new Date(row.occurred_at as string | Date),
    durationMinutes: row.duration_minutes as number,
    channel: row.channel as ContactChannel,
    callerKind: row.caller_kind as CallerKind,
    topics: enumArray<HelplineTopic>(row.topics),
    outcome: row.outcome as ContactOutcome,
    referredTo: text('referred_to'),
    notes: text('notes'),
    anonymous: !row.relative_id && !row.resident_id,
    createdAt: new Date(row.created_at as string | Date),
    departmentId: text('department_id'),
    recordedById: row.recorded_by_id as string,
    relativeId: text('relative_id'),
    residentId: text('resident_id'),
  });
}

export function toContactType(contact: HelplineContact): HelplineContactType {
  return Object.assign(new HelplineContactType(), {
    id: contact.id,
    occurredAt: contact.occurredAt,
    durationMinutes: contact.durationMinutes,
    channel: contact.channel,
    callerKind: contact.callerKind,
    topics: contact.topics ?? [],
    outcome: contact.outcome,
    referredTo: contact.referredTo ?? null,
    notes: contact.notes ?? null,
    anonymous: !contact.relative && !contact.resident,
    createdAt: contact.createdAt,
    departmentId: contact.department?.id ?? null,
    recordedById: contact.recordedBy.id,
    relativeId: contact.relative?.id ?? null,
    residentId: contact.resident?.id ?? null,
  });
}

/**
 * For a role that may not see who a contact was with (GROUP_LEADER): the same contact without the
 * linked person's id, so nothing of the person reaches the response or its read audit.
 */
export function withoutPerson(contact: HelplineContactType): HelplineContactType {
  return Object.assign(new HelplineContactType(), { ...contact, relativeId: null, residentId: null });
}

/** Returning a linked contact discloses that the person called: audited as a READ of that person. */
declarePersonRecord<HelplineContactType>('HelplineContact', (c) => [resident(c.residentId), relative(c.relativeId)]);
