import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { DateScalar, EmailAddress, PersonName, PhoneNumber } from '@bridgeway/api-common';

@InputType()
export class CreateResidentInput {
  @Field()
  @PersonName('first name')
  firstName!: string;

  @Field()
  @PersonName('last name')
  lastName!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  @PhoneNumber()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @EmailAddress()
  email?: string | null;

  @Field(() => ID, { nullable: true, description: 'A counsellor or manager of your organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a staff member id' })
  keyWorkerId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default: today' })
  @IsOptional()
  intakeDate?: string | null;
}
