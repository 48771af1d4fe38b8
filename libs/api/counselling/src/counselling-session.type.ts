import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import { GoalDomain, SessionKind } from '@bridgeway/shared-domain';
import type { CounsellingSession } from './counselling-session.entity.js';
import './graphql-enums.js';
import { declarePersonRecord, relative, resident } from '@bridgeway/api-audit';

/** The confidential part of a session; exposed only by CounsellingSessionResolver's access rule. */
export interface SessionConfidential {
  notes: string | null;
  hopes: string | null;
  resources: string | null;
  usefulExperience: string | null;
  nextStep: string | null;
}

/**
 * GraphQL `CounsellingSession`. notes, hopes, resources, usefulExperience, nextStep,
 * notesVisible, counsellor, resident and relative are field resolvers (CounsellingSessionResolver).
 */
@ObjectType('CounsellingSession', { description: 'One counselling contact with a resident and/or a relative' })
export class CounsellingSessionType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) occurredOn!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => SessionKind) kind!: SessionKind;
  @Field(() => [GoalDomain], { description: 'Life domains the session worked on' }) domains!: GoalDomain[];
  @Field(() => ID, { nullable: true, description: 'Id of `relative`' }) relativeId!: string | null;
  @Field(() => Int, { description: 'expectedVersion of correctCounsellingSession' }) version!: number;
  @Field(() => Boolean, { description: 'Withdrawn sessions stay in the case file but count in no figure' }) withdrawn!: boolean;
  @Field(() => GraphQLISODateTime, { description: 'When it was logged; it can be corrected or withdrawn for SESSION_CHANGE_DAYS after that' }) createdAt!: Date;

  /** Not exposed. */
  counsellorId!: string;
  withdrawal!: { at: Date; byId: string | null; reason: string } | null;
  residentId!: string | null;
  confidential!: SessionConfidential;
}

/** `{WORK,SOBRIETY}` (an enum array as node-postgres returns it) or an already parsed array. */
function enumArray<T>(value: unknown): T[] {
  if (Array.isArray(value)) return value as T[];
  const text = String(value ?? '{}').slice(1, -1);
  return (text ? text.split(',') : []) as T[];
}

/**
 * A session straight from a `counselling_session` row (dates arrive as strings), for lists:
 * no entity is hydrated or put in the identity map only to be copied into this object.
 */
export function sessionFromRow(row: Record<string, unknown>): CounsellingSessionType {
  const text = (key: string) => (row[key] as string | null) ?? null;
  return Object.assign(new CounsellingSessionType(), {
    id: row.id as string,
    occurredOn: row.occurred_on as string,
    durationMinutes: row.duration_minutes as number,
    kind: row.kind as SessionKind,
    domains: enumArray<GoalDomain>(row.domains),
    relativeId: text('relative_id'),
    version: row.version as number,
    withdrawn: row.withdrawn_at != null,
    createdAt: new Date(row.created_at as string | Date),
    withdrawal: row.withdrawn_at != null ? { at: new Date(row.withdrawn_at as string | Date), byId: text('withdrawn_by_id'), reason: (row.withdrawal_reason as string | null) ?? '' } : null,
    counsellorId: row.counsellor_id as string,
    residentId: text('resident_id'),
    confidential: { notes: text('notes'), hopes: text('hopes'), resources: text('resources'), usefulExperience: text('useful_experience'), nextStep: text('next_step') },
  });
}

export function toSessionType(session: CounsellingSession): CounsellingSessionType {
  return Object.assign(new CounsellingSessionType(), {
    id: session.id,
    occurredOn: session.occurredOn,
    durationMinutes: session.durationMinutes,
    kind: session.kind,
    domains: session.domains ?? [],
    relativeId: session.relative?.id ?? null,
    version: session.version,
    withdrawn: session.withdrawnAt != null,
    createdAt: session.createdAt,
    withdrawal: session.withdrawnAt ? { at: session.withdrawnAt, byId: session.withdrawnBy?.id ?? null, reason: session.withdrawalReason ?? '' } : null,
    counsellorId: session.counsellor.id,
    residentId: session.resident?.id ?? null,
    confidential: {
      notes: session.notes ?? null,
      hopes: session.hopes ?? null,
      resources: session.resources ?? null,
      usefulExperience: session.usefulExperience ?? null,
      nextStep: session.nextStep ?? null,
    },
  });
}

/** Returning one of these discloses a person's record: audited as a READ of that person. */
declarePersonRecord<CounsellingSessionType>('CounsellingSession', (s) => [resident(s.residentId), relative(s.relativeId)]);
