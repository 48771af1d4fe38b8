import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '@bridgeway/api-common';

@ArgsType()
export class RelativesArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, any case' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100, { message: 'Search for at most 100 characters' })
  search?: string | null;

  @Field(() => Int, { defaultValue: 50, description: 'At most 200' })
  @IsInt({ message: 'The number of relatives must be a whole number' })
  @Min(1, { message: 'Ask for at least 1 relative' })
  @Max(200, { message: 'Ask for at most 200 relatives at a time' })
  first = 50;
}
