import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { EmailAddress, PersonName, PhoneNumber } from '@bridgeway/api-common';
import { Relationship } from '@bridgeway/shared-domain';

@InputType()
export class CreateRelativeInput {
  @Field()
  @PersonName('first name')
  firstName!: string;

  @Field()
  @PersonName('last name')
  lastName!: string;

  @Field(() => String, { nullable: true })
  @PhoneNumber()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @EmailAddress()
  email?: string | null;

  @Field(() => ID, { nullable: true, description: 'Links the new relative to this resident (then relationship is required)' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a resident id' })
  residentId?: string | null;

  @Field(() => Relationship, { nullable: true })
  @IsOptional()
  @IsEnum(Relationship, { message: 'Choose how this person is related to the resident' })
  relationship?: Relationship | null;
}
