import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { PeriodArgs } from '@bridgeway/api-common';

@ArgsType()
export class ConsortiumOverviewArgs extends PeriodArgs() {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a consortium id' })
  consortiumId!: string;
}
