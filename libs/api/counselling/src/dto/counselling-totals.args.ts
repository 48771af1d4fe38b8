import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { SessionKind } from '@bridgeway/shared-domain';
import { PeriodArgs } from '@bridgeway/api-common';

export const TOP_RESIDENTS = { default: 10, max: 100 } as const;

@ArgsType()
export class CounsellingTotalsArgs extends PeriodArgs() {
  @Field(() => Int, { defaultValue: TOP_RESIDENTS.default, description: `How many residents byResident lists, at most ${TOP_RESIDENTS.max}` })
  @IsInt()
  @Min(0, { message: 'topResidents cannot be negative' })
  @Max(TOP_RESIDENTS.max, { message: `List at most ${TOP_RESIDENTS.max} residents` })
  topResidents: number = TOP_RESIDENTS.default;

  @Field(() => [SessionKind], { nullable: true, description: 'Only sessions of these kinds (e.g. [INDIVIDUAL]); all kinds when omitted' })
  @IsOptional()
  @IsEnum(SessionKind, { each: true, message: 'Unknown session kind' })
  kinds?: SessionKind[] | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only sessions with a resident (leaves out sessions with relatives alone)' })
  @IsBoolean()
  residentsOnly = false;
}
