import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { TrimToNull } from '@bridgeway/api-common';
import { CONTACT_MINUTES, CallerKind, ContactChannel, ContactOutcome, PROGRAMME_TEXT_MAX } from '@bridgeway/shared-domain';
import { ContactDetailsInput } from './contact-details.input.js';
import { IsNotFutureInstant } from './not-future-instant.validator.js';

export const CONTACT_MESSAGES = {
  occurredAt: 'The contact cannot be in the future',
  durationInt: 'The duration must be a whole number of minutes',
  durationMin: `The duration cannot be below ${CONTACT_MINUTES.min} minutes`,
  durationMax: `The duration can be at most ${CONTACT_MINUTES.max} minutes`,
  channel: 'Choose how the contact took place',
  callerKind: 'Choose who called',
  outcome: 'Choose what came of the contact',
  referredTo: 'Say where the caller was referred to',
  referredToMax: `Where the caller was referred to can be at most ${PROGRAMME_TEXT_MAX.referredTo} characters`,
  onePerson: 'Link the contact to a relative or to a resident, not both',
} as const;

/** What a helpline volunteer fills in during a call: four choices, everything else optional. */
@InputType('LogHelplineContactInput')
export class LogHelplineContactInput extends ContactDetailsInput {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the contact began; default now; not in the future' })
  @IsOptional()
  @IsNotFutureInstant(CONTACT_MESSAGES.occurredAt)
  occurredAt?: Date | null;

  @Field(() => Int, { description: `Whole minutes, ${CONTACT_MINUTES.min} to ${CONTACT_MINUTES.max}` })
  @IsInt({ message: CONTACT_MESSAGES.durationInt })
  @Min(CONTACT_MINUTES.min, { message: CONTACT_MESSAGES.durationMin })
  @Max(CONTACT_MINUTES.max, { message: CONTACT_MESSAGES.durationMax })
  durationMinutes!: number;

  @Field(() => ContactChannel)
  @IsEnum(ContactChannel, { message: CONTACT_MESSAGES.channel })
  channel!: ContactChannel;

  @Field(() => CallerKind)
  @IsEnum(CallerKind, { message: CONTACT_MESSAGES.callerKind })
  callerKind!: CallerKind;

  @Field(() => ContactOutcome)
  @IsEnum(ContactOutcome, { message: CONTACT_MESSAGES.outcome })
  outcome!: ContactOutcome;

  @Field(() => String, { nullable: true, description: 'Required when the outcome is REFERRED' })
  @TrimToNull()
  @ValidateIf((input: LogHelplineContactInput) => input.outcome === ContactOutcome.REFERRED || input.referredTo != null)
  @IsString({ message: CONTACT_MESSAGES.referredTo })
  @MaxLength(PROGRAMME_TEXT_MAX.referredTo, { message: CONTACT_MESSAGES.referredToMax })
  referredTo?: string | null;
}
