import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { SCHEDULE_INTERVAL_WEEKS } from '@bridgeway/shared-domain';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({ description: 'Every `intervalWeeks` weeks on `weekday` (counted from the programme start), local time of the organisation' })
export class ScheduleInput {
  @Field(() => Int, { description: `1 = weekly … ${SCHEDULE_INTERVAL_WEEKS.max}` })
  @IsInt({ message: 'Repeat every whole number of weeks' })
  @Min(SCHEDULE_INTERVAL_WEEKS.min, { message: `Repeat every ${SCHEDULE_INTERVAL_WEEKS.min} to ${SCHEDULE_INTERVAL_WEEKS.max} weeks` })
  @Max(SCHEDULE_INTERVAL_WEEKS.max, { message: `Repeat every ${SCHEDULE_INTERVAL_WEEKS.min} to ${SCHEDULE_INTERVAL_WEEKS.max} weeks` })
  intervalWeeks!: number;

  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt({ message: 'Choose a weekday' })
  @Min(1, { message: 'Choose a weekday' })
  @Max(7, { message: 'Choose a weekday' })
  weekday!: number;

  @Field({ description: 'HH:MM' })
  @IsString()
  @Matches(HH_MM, { message: 'Enter the start time as HH:MM' })
  startTime!: string;

  @Field({ description: 'HH:MM, after startTime (same day)' })
  @IsString()
  @Matches(HH_MM, { message: 'Enter the end time as HH:MM' })
  endTime!: string;
}
