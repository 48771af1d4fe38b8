import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { declarePersonRecord, relative, resident } from '@bridgeway/api-audit';
import { DateScalar } from '@bridgeway/api-common';
import { HandoutKind } from '@bridgeway/shared-domain';
import type { Handout } from './handout.entity.js';
import './graphql-enums.js';

/** GraphQL `Handout`; department, recordedBy, resident and relative are field resolvers (HandoutResolver). */
@ObjectType('Handout', { description: 'Material support handed out: to a person record or to anonymous recipients' })
export class HandoutType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) handedOutOn!: string;
  @Field(() => HandoutKind) kind!: HandoutKind;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { nullable: true, description: 'People who received it without a person record (null when it went to a resident or relative)' })
  anonymousRecipients!: number | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  /** Not exposed: resolved to department, recordedBy, resident and relative. */
  departmentId!: string | null;
  recordedById!: string;
  residentId!: string | null;
  relativeId!: string | null;
}

export function handoutFromRow(row: Record<string, unknown>): HandoutType {
  const text = (key: string) => (row[key] as string | null) ?? null;
  return Object.assign(new HandoutType(), {
    id: row.id as string,
    handedOutOn: row.handed_out_on as string,
    kind: row.kind as HandoutKind,
    quantity: row.quantity as number,
    anonymousRecipients: (row.anonymous_recipients as number | null) ?? null,
    note: text('note'),
    createdAt: new Date(row.created_at as string | Date),
    departmentId: text('department_id'),
    recordedById: row.recorded_by_id as string,
    residentId: text('resident_id'),
    relativeId: text('relative_id'),
  });
}

export function toHandoutType(handout: Handout): HandoutType {
  return Object.assign(new HandoutType(), {
    id: handout.id,
    handedOutOn: handout.handedOutOn,
    kind: handout.kind,
    quantity: handout.quantity,
    anonymousRecipients: handout.anonymousRecipients ?? null,
    note: handout.note ?? null,
    createdAt: handout.createdAt,
    departmentId: handout.department?.id ?? null,
    recordedById: handout.recordedBy.id,
    residentId: handout.resident?.id ?? null,
    relativeId: handout.relative?.id ?? null,
  });
}

/**
 * For a group leader: a handout to a person record without who it was, nor its note (which may
 * name them); anonymous handouts are shown whole.
 */
export function withoutRecipient(handout: HandoutType): HandoutType {
  if (!handout.residentId && !handout.relativeId) return handout;
  return Object.assign(new HandoutType(), { ...handout, residentId: null, relativeId: null, note: null });
}

/** A handout to a person record discloses that they received support: audited as a READ of that person. */
declarePersonRecord<HandoutType>('Handout', (h) => [resident(h.residentId), relative(h.relativeId)]);
