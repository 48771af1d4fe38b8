import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { TrimToNull } from '@bridgeway/api-common';
import { CONTACT_MINUTES, CallerKind, ContactChannel, ContactOutcome, PROGRAMME_TEXT_MAX } from '@bridgeway/shared-domain';
import { ContactDetailsInput } from './contact-details.input.js';
import { CONTACT_MESSAGES } from './log-helpline-contact.input.js';
import { IsNotFutureInstant } from './not-future-instant.validator.js';

/** Only the fields given change; referredTo, notes, departmentId, relativeId and residentId set to null are cleared. */
@InputType('UpdateHelplineContactInput')
export class UpdateHelplineContactInput extends ContactDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a helpline contact id' })
  id!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsNotFutureInstant(CONTACT_MESSAGES.occurredAt)
  occurredAt?: Date | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: CONTACT_MESSAGES.durationInt })
  @Min(CONTACT_MINUTES.min, { message: CONTACT_MESSAGES.durationMin })
  @Max(CONTACT_MINUTES.max, { message: CONTACT_MESSAGES.durationMax })
  durationMinutes?: number | null;

  @Field(() => ContactChannel, { nullable: true })
  @IsOptional()
  @IsEnum(ContactChannel, { message: CONTACT_MESSAGES.channel })
  channel?: ContactChannel | null;

  @Field(() => CallerKind, { nullable: true })
  @IsOptional()
  @IsEnum(CallerKind, { message: CONTACT_MESSAGES.callerKind })
  callerKind?: CallerKind | null;

  @Field(() => ContactOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(ContactOutcome, { message: CONTACT_MESSAGES.outcome })
  outcome?: ContactOutcome | null;

  @Field(() => String, { nullable: true, description: 'Required while the outcome is REFERRED' })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(PROGRAMME_TEXT_MAX.referredTo, { message: CONTACT_MESSAGES.referredToMax })
  referredTo?: string | null;
}
