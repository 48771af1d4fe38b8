import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { SessionDetailsInput } from './session-details.input.js';

@InputType('LogRelativeSessionInput', { description: 'A counselling session with a relative, on their own or about a resident they are linked to' })
export class LogRelativeSessionInput extends SessionDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a relative id' })
  relativeId!: string;

  @Field(() => ID, { nullable: true, description: 'The resident the session was about; the relative must be linked to them' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a resident id' })
  residentId?: string | null;
}
