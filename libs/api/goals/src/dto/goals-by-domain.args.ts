import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { DateScalar } from '@bridgeway/api-common';

@ArgsType()
export class GoalsByDomainArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Achieved/abandoned: latest status change on or after this day; open goals are not filtered' })
  @IsOptional()
  @IsString()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Achieved/abandoned: latest status change on or before this day; open goals are not filtered' })
  @IsOptional()
  @IsString()
  to?: string | null;
}
