import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import { GoalDomain, GoalStatus } from '@bridgeway/shared-domain';
import type { Goal } from './goal.entity.js';
import './graphql-enums.js';
import { declarePersonRecord, resident } from '@bridgeway/api-audit';

/** GraphQL `Goal`; `resident` and `history` are field resolvers (GoalResolver). */
@ObjectType('Goal', { description: 'A reintegration goal of a resident in one life domain' })
export class GoalType {
  @Field(() => ID) id!: string;
  @Field(() => GoalDomain) domain!: GoalDomain;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => DateScalar, { nullable: true }) targetDate!: string | null;
  @Field(() => GoalStatus) status!: GoalStatus;
  @Field(() => Int, { description: '0..100' }) progress!: number;
  @Field(() => Int, { description: 'Optimistic lock: send it back as expectedVersion' }) version!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

  /** Not exposed. */
  residentId!: string;
}

/**
 * A goal straight from a `goal` row (dates and timestamps arrive as PostgreSQL's text), for
 * lists: no entity is hydrated or put in the identity map only to be copied into this object.
 */
export function goalFromRow(row: Record<string, unknown>): GoalType {
  return Object.assign(new GoalType(), {
    id: row.id as string,
    domain: row.domain as GoalDomain,
    title: row.title as string,
    description: (row.description as string | null) ?? null,
    targetDate: (row.target_date as string | null) ?? null,
    status: row.status as GoalStatus,
    progress: row.progress as number,
    version: row.version as number,
    createdAt: new Date(row.created_at as string),
    updatedAt: new Date(row.updated_at as string),
    residentId: row.resident_id as string,
  });
}

export function toGoalType(goal: Goal): GoalType {
  return Object.assign(new GoalType(), {
    id: goal.id,
    domain: goal.domain,
    title: goal.title,
    description: goal.description ?? null,
    targetDate: goal.targetDate ?? null,
    status: goal.status,
    progress: goal.progress,
    version: goal.version,
    createdAt: goal.createdAt,
    updatedAt: goal.updatedAt,
    residentId: goal.resident.id,
  });
}

/** Returning one of these discloses a person's record: audited as a READ of that person. */
declarePersonRecord<GoalType>('Goal', (g) => [resident(g.residentId)]);
