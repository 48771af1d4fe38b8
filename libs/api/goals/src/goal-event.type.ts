import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GoalStatus } from '@bridgeway/shared-domain';
import type { GoalEvent } from './goal-event.entity.js';
import './graphql-enums.js';

/** One entry of a goal's history; `changedBy` is a field resolver (GoalEventResolver). */
@ObjectType('GoalEvent', { description: 'A change of a goal\'s status or progress: who, when, from → to, and why' })
export class GoalEventType {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) changedAt!: Date;
  @Field(() => GoalStatus, { nullable: true, description: 'null for the entry that created the goal' }) fromStatus!: GoalStatus | null;
  @Field(() => GoalStatus) toStatus!: GoalStatus;
  @Field(() => Int, { nullable: true, description: 'null for the entry that created the goal' }) fromProgress!: number | null;
  @Field(() => Int) toProgress!: number;
  @Field(() => String, { nullable: true }) note!: string | null;

  /** Not exposed. */
  changedById!: string;
}

export function toGoalEventType(event: GoalEvent): GoalEventType {
  return Object.assign(new GoalEventType(), {
    id: event.id,
    changedAt: event.changedAt,
    fromStatus: event.fromStatus ?? null,
    toStatus: event.toStatus,
    fromProgress: event.fromProgress ?? null,
    toProgress: event.toProgress,
    note: event.note ?? null,
    changedById: event.changedBy.id,
  });
}
