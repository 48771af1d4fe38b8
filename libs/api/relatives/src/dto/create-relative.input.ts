import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PersonContactInput } from '@bridgeway/api-common';
import { Relationship } from '@bridgeway/shared-domain';

@InputType()
export class CreateRelativeInput extends PersonContactInput {
  @Field(() => ID, { nullable: true, description: 'Links the new relative to this resident (then relationship is required)' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a resident id' })
  residentId?: string | null;

  @Field(() => Relationship, { nullable: true })
  @IsOptional()
  @IsEnum(Relationship, { message: 'Choose how this person is related to the resident' })
  relationship?: Relationship | null;
}
