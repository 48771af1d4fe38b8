import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { SessionDetailsInput } from './session-details.input.js';

@InputType('LogCounsellingSessionInput', { description: 'A counselling session with a resident' })
export class LogCounsellingSessionInput extends SessionDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a resident id' })
  residentId!: string;
}
