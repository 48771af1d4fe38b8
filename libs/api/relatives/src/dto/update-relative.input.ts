import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { EmailAddress, PersonName, PhoneNumber } from '@bridgeway/api-common';

/** Only the fields given change; phone/email set to null are cleared. */
@InputType()
export class UpdateRelativeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a relative id' })
  id!: string;

  @Field(() => String, { nullable: true })
  @PersonName('first name')
  firstName?: string;

  @Field(() => String, { nullable: true })
  @PersonName('last name')
  lastName?: string;

  @Field(() => String, { nullable: true })
  @PhoneNumber()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @EmailAddress()
  email?: string | null;
}
