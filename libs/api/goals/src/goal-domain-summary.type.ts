import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GoalDomain } from '@bridgeway/shared-domain';
import './graphql-enums.js';

@ObjectType('GoalDomainSummary', {
  description:
    'Goals of your organisation in one life domain, by current status. planned and inProgress are the open goals now; ' +
    'when `from`/`to` are given, achieved and abandoned count only goals whose latest status change (in their history) ' +
    'falls in that period (UTC days). total = planned + inProgress + achieved + abandoned.',
})
export class GoalDomainSummary {
  @Field(() => GoalDomain) domain!: GoalDomain;
  @Field(() => Int) planned!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) achieved!: number;
  @Field(() => Int) abandoned!: number;
  @Field(() => Int) total!: number;
}
