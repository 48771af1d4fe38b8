import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { OpenPeriodArgs } from '@bridgeway/api-common';

/** `helplineContacts(from, to, departmentId)`: days in the organisation's time zone, both included; either end open. */
@ArgsType()
export class HelplineContactsArgs extends OpenPeriodArgs() {
  @Field(() => ID, { nullable: true, description: 'Only contacts of this department' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a department id' })
  departmentId?: string | null;
}
