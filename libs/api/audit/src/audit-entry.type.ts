import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/** One detail of an audited action, e.g. `from`/`to` of ASSIGN_KEY_WORKER (ids and codes only). */
@ObjectType('AuditDetail')
export class AuditDetailType {
  @Field() key!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
}

/** One row of a resident's audit trail, as managers see it. */
@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field({ description: 'READ, CREATE, UPDATE, ADMIT, DISCHARGE, LINK, CLOSE, …' }) action!: string;
  @Field({ description: 'What was read or changed: Resident, Stay, CounsellingSession, Goal, …' }) entityType!: string;
  @Field() entityId!: string;
  @Field({ description: 'Correlates the rows one request wrote (made by the server)' }) requestId!: string;
  @Field(() => [AuditDetailType], { description: 'What changed, for actions that need it (ASSIGN_KEY_WORKER: from, to)' }) details!: AuditDetailType[];
  @Field(() => ID, { nullable: true, description: 'The resident the entry concerns, if any' }) residentId!: string | null;
  @Field(() => [ID], { description: "Sessions whose notes this entry disclosed (a resident's READ: one entry per request, listing them)" }) sessionIds!: string[];
  @Field(() => ID) userId!: string;
  @Field(() => String, { nullable: true, description: 'Name of the staff member who acted' }) userDisplayName!: string | null;
}
