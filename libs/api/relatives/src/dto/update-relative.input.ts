import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { PersonContactUpdate } from '@bridgeway/api-common';

/** Only the fields given change; phone/email set to null are cleared. */
@InputType()
export class UpdateRelativeInput extends PersonContactUpdate {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a relative id' })
  id!: string;
}
