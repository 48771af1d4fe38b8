import { ArgsType } from '@nestjs/graphql';
import { OpenPeriodArgs } from '@bridgeway/api-common';

@ArgsType()
export class GoalsByDomainArgs extends OpenPeriodArgs({
  from: 'Achieved/abandoned: latest status change on or after this day; open goals are not filtered',
  to: 'Achieved/abandoned: latest status change on or before this day; open goals are not filtered',
}) {}
