import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ResidentStatus } from '@bridgeway/shared-domain';
import { Trim } from '@bridgeway/api-common';

export const RESIDENTS_PAGE = { default: 50, max: 200 } as const;

@ArgsType()
export class ResidentsArgs {
  @Field(() => Int, { nullable: true, defaultValue: RESIDENTS_PAGE.default, description: `Page size, default ${RESIDENTS_PAGE.default}, at most ${RESIDENTS_PAGE.max}` })
  @IsOptional()
  @IsInt({ message: 'The page size must be a whole number' })
  @Min(0, { message: 'The page size cannot be negative' })
  @Max(RESIDENTS_PAGE.max, { message: `Ask for at most ${RESIDENTS_PAGE.max} residents at a time` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, any case ("ana nov" finds Ana Novak)' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100, { message: 'Search for at most 100 characters' })
  search?: string | null;

  @Field(() => ResidentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ResidentStatus)
  status?: ResidentStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only residents of this key worker' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a staff member id' })
  keyWorkerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only residents whose key worker is me' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}
