import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { OccupancyPoint } from './occupancy-point.type.js';
import { OccupancyOverTimeService } from './occupancy-over-time.service.js';
import { OccupancyOverTimeArgs } from './dto/occupancy-over-time.args.js';

@Resolver(() => OccupancyPoint)
export class OccupancyOverTimeResolver {
  constructor(private readonly service: OccupancyOverTimeService) {}

  @Roles(...CASE_WORKER_ROLES)
  @Query(() => [OccupancyPoint], {
    description: `Occupancy of your organisation on every month-end of the period and on \`to\`, oldest first; BAD_USER_INPUT (field \`to\`) for more than 36 months`,
  })
  occupancyOverTime(@Args() args: OccupancyOverTimeArgs): Promise<OccupancyPoint[]> {
    return this.service.points(args);
  }
}
