import { ArgsType, Field } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { DateScalar } from '@bridgeway/api-common';

/** The longest period `occupancyOverTime` answers for. */
export const OCCUPANCY_MAX_MONTHS = 36;

@ArgsType()
export class OccupancyOverTimeArgs {
  @Field(() => DateScalar, { description: 'First day of the period (included)' })
  @IsString()
  from!: string;

  @Field(() => DateScalar, { description: `Last day of the period (included); at most ${OCCUPANCY_MAX_MONTHS} months after \`from\`` })
  @IsString()
  to!: string;
}
