import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { UserType, UsersService } from '@bridgeway/api-organisations';
import { ResidentType, ResidentsService } from '@bridgeway/api-residents';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { CounsellingTotals, CounsellorMinutes, ResidentMinutes } from './counselling-totals.type.js';
import { CounsellingTotalsService } from './counselling-totals.service.js';
import { CounsellingTotalsArgs } from './dto/counselling-totals.args.js';

@Resolver(() => CounsellingTotals)
export class CounsellingTotalsResolver {
  constructor(private readonly service: CounsellingTotalsService) {}

  @Roles(...CASE_WORKER_ROLES)
  @Query(() => CounsellingTotals, { nullable: true, description: 'Counselling time of your organisation in a period, by counsellor, month and resident' })
  counsellingTotals(@Args() args: CounsellingTotalsArgs): Promise<CounsellingTotals> {
    return this.service.totals(args);
  }
}

@Resolver(() => CounsellorMinutes)
export class CounsellorMinutesResolver {
  constructor(private readonly users: UsersService) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => UserType, { nullable: true })
  counsellor(@Parent() row: CounsellorMinutes): Promise<UserType | null> {
    return this.users.loadUser(row.counsellorId);
  }
}

@Resolver(() => ResidentMinutes)
export class ResidentMinutesResolver {
  constructor(private readonly residents: ResidentsService) {}

  @Roles(...CASE_WORKER_ROLES)
  @ResolveField(() => ResidentType, { nullable: true })
  resident(@Parent() row: ResidentMinutes): Promise<ResidentType | null> {
    return this.residents.load(row.residentId);
  }
}
