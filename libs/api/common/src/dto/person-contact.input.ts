import { Field, InputType } from '@nestjs/graphql';
import { EmailAddress } from '../validators/email-address.validator.js';
import { PersonName } from '../validators/person-name.validator.js';
import { PhoneNumber } from '../validators/phone-number.validator.js';

/** Name and contact of a person (resident, relative) when creating their record. */
@InputType({ isAbstract: true })
export abstract class PersonContactInput {
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
}

/** The same fields when editing: only those given change; phone/email set to null are cleared. */
@InputType({ isAbstract: true })
export abstract class PersonContactUpdate {
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
