import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PeriodArgs } from '@bridgeway/api-common';

@ArgsType()
export class HelplineFiguresArgs extends PeriodArgs() {
  @Field(() => ID, { nullable: true, description: 'Only this department: its contacts, and follow-up plans' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a department id' })
  departmentId?: string | null;
}
