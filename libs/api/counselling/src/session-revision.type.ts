import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import { GoalDomain, SessionKind } from '@bridgeway/shared-domain';
import { SessionChange, type SessionValues } from './counselling-session-revision.entity.js';
import './graphql-enums.js';

registerEnumType(SessionChange, { name: 'SessionChange', description: 'What a revision of a session did' });

/** GraphQL `SessionWithdrawal`; `by` is a field resolver. */
@ObjectType('SessionWithdrawal', { description: 'Who withdrew a session, when and why' })
export class SessionWithdrawalType {
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field(() => String) reason!: string;
  /** Not exposed. */
  byId!: string | null;
}

/** GraphQL `SessionRevision`: one correction or withdrawal, with the values the session held before it. */
@ObjectType('SessionRevision', { description: 'One change of a session (append-only history): who, when, why, and the values before it' })
export class SessionRevisionType {
  @Field(() => ID) id!: string;
  @Field(() => SessionChange) change!: SessionChange;
  @Field(() => GraphQLISODateTime) changedAt!: Date;
  @Field(() => String) reason!: string;
  @Field(() => DateScalar, { description: 'Before the change' }) occurredOn!: string;
  @Field(() => Int, { description: 'Before the change' }) durationMinutes!: number;
  @Field(() => SessionKind, { description: 'Before the change' }) kind!: SessionKind;
  @Field(() => [GoalDomain], { description: 'Before the change' }) domains!: GoalDomain[];
  @Field(() => String, { nullable: true, description: 'Before the change' }) notes!: string | null;
  /** Not exposed (`changedBy` resolves it). */
  changedById!: string;
}

export function revisionFromRow(row: { id: string; change: SessionChange; changed_at: string | Date; reason: string; changed_by_id: string; previous: SessionValues | string }): SessionRevisionType {
  const previous: SessionValues = typeof row.previous === 'string' ? (JSON.parse(row.previous) as SessionValues) : row.previous;
  return Object.assign(new SessionRevisionType(), {
    id: row.id,
    change: row.change,
    changedAt: new Date(row.changed_at),
    reason: row.reason,
    changedById: row.changed_by_id,
    occurredOn: previous.occurredOn,
    durationMinutes: previous.durationMinutes,
    kind: previous.kind,
    domains: previous.domains ?? [],
    notes: previous.notes ?? null,
  });
}
