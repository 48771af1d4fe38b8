import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PersonContactInput } from '@bridgeway/api-common';
import { MemberKind } from '@bridgeway/shared-domain';
import '../graphql-enums.js';

@InputType()
export class CreateMemberInput extends PersonContactInput {
  @Field(() => MemberKind)
  @IsEnum(MemberKind, { message: 'Choose volunteer or member' })
  kind!: MemberKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a department id' })
  departmentId?: string | null;
}
