import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { DateScalar, IsNotFutureDate, TrimToNull } from '@bridgeway/api-common';
import { HANDOUT_QUANTITY, HandoutKind, PROGRAMME_TEXT_MAX } from '@bridgeway/shared-domain';
import '../graphql-enums.js';

export const HANDOUT_MESSAGES = {
  handedOutOn: 'The handout date cannot be in the future',
  kind: 'Choose what was handed out',
  quantityInt: 'The quantity must be a whole number',
  quantityRange: `The quantity must be ${HANDOUT_QUANTITY.min} to ${HANDOUT_QUANTITY.max}`,
  recipientsInt: 'The number of recipients must be a whole number',
  recipientsRange: `The number of recipients must be ${HANDOUT_QUANTITY.min} to ${HANDOUT_QUANTITY.max}`,
  note: `A note can be at most ${PROGRAMME_TEXT_MAX.note} characters`,
  oneRecipient: 'Choose one recipient: a resident, a relative or a number of anonymous recipients',
} as const;

@InputType('RecordHandoutInput', { description: 'Exactly one recipient: residentId, relativeId or anonymousRecipients' })
export class RecordHandoutInput {
  @Field(() => DateScalar, { description: 'Not in the future' })
  @IsNotFutureDate(HANDOUT_MESSAGES.handedOutOn)
  handedOutOn!: string;

  @Field(() => HandoutKind)
  @IsEnum(HandoutKind, { message: HANDOUT_MESSAGES.kind })
  kind!: HandoutKind;

  @Field(() => Int, { description: `${HANDOUT_QUANTITY.min} to ${HANDOUT_QUANTITY.max}` })
  @IsInt({ message: HANDOUT_MESSAGES.quantityInt })
  @Min(HANDOUT_QUANTITY.min, { message: HANDOUT_MESSAGES.quantityRange })
  @Max(HANDOUT_QUANTITY.max, { message: HANDOUT_MESSAGES.quantityRange })
  quantity!: number;

  @Field(() => ID, { nullable: true, description: 'Case workers only' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a resident id' })
  residentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Case workers only' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a relative id' })
  relativeId?: string | null;

  @Field(() => Int, { nullable: true, description: 'People who received it without a person record' })
  @IsOptional()
  @IsInt({ message: HANDOUT_MESSAGES.recipientsInt })
  @Min(HANDOUT_QUANTITY.min, { message: HANDOUT_MESSAGES.recipientsRange })
  @Max(HANDOUT_QUANTITY.max, { message: HANDOUT_MESSAGES.recipientsRange })
  anonymousRecipients?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a department id' })
  departmentId?: string | null;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(PROGRAMME_TEXT_MAX.note, { message: HANDOUT_MESSAGES.note })
  note?: string | null;
}

@InputType('UpdateHandoutInput', { description: 'Only the fields given change; departmentId and note set to null are cleared. The recipient stays (anonymousRecipients only for an anonymous handout)' })
export class UpdateHandoutInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a handout id' })
  id!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsNotFutureDate(HANDOUT_MESSAGES.handedOutOn)
  handedOutOn?: string | null;

  @Field(() => HandoutKind, { nullable: true })
  @IsOptional()
  @IsEnum(HandoutKind, { message: HANDOUT_MESSAGES.kind })
  kind?: HandoutKind | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: HANDOUT_MESSAGES.quantityInt })
  @Min(HANDOUT_QUANTITY.min, { message: HANDOUT_MESSAGES.quantityRange })
  @Max(HANDOUT_QUANTITY.max, { message: HANDOUT_MESSAGES.quantityRange })
  quantity?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: HANDOUT_MESSAGES.recipientsInt })
  @Min(HANDOUT_QUANTITY.min, { message: HANDOUT_MESSAGES.recipientsRange })
  @Max(HANDOUT_QUANTITY.max, { message: HANDOUT_MESSAGES.recipientsRange })
  anonymousRecipients?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a department id' })
  departmentId?: string | null;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(PROGRAMME_TEXT_MAX.note, { message: HANDOUT_MESSAGES.note })
  note?: string | null;
}
