import { ArgsType } from '@nestjs/graphql';
import { PeriodArgs } from '@bridgeway/api-common';

/** The longest period `occupancyOverTime` answers for: a point per month-end. */
export const OCCUPANCY_MAX_MONTHS = 36;

@ArgsType()
export class OccupancyOverTimeArgs extends PeriodArgs({
  maxMonths: OCCUPANCY_MAX_MONTHS,
  to: `Last day of the period (included); at most ${OCCUPANCY_MAX_MONTHS} months after \`from\``,
}) {}
