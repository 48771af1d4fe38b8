import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';
import { DateScalar, IsNotFutureDate } from '@bridgeway/api-common';

@InputType()
export class RecordConsortiumConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a resident id' })
  residentId!: string;

  @Field({ description: 'true: consent given; false: withdrawn (left out of consortium figures)' })
  @IsBoolean()
  given!: boolean;

  @Field(() => DateScalar)
  @IsNotFutureDate('The decision date cannot be in the future')
  decidedOn!: string;
}
