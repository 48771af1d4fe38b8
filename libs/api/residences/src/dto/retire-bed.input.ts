import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID } from 'class-validator';
import { DateScalar } from '@bridgeway/api-common';

@InputType()
export class RetireBedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a bed id' })
  bedId!: string;

  @Field(() => DateScalar)
  @IsString({ message: 'Enter the date the bed was taken out of use' })
  retiredOn!: string;
}
