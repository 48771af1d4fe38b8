import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { FollowUpStatus } from '@bridgeway/shared-domain';
import '../graphql-enums.js';

@ArgsType()
export class GriefFollowUpsArgs {
  @Field(() => FollowUpStatus, { nullable: true })
  @IsOptional()
  @IsEnum(FollowUpStatus, { message: 'Unknown follow-up status' })
  status?: FollowUpStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only plans of this department' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a department id' })
  departmentId?: string | null;
}
