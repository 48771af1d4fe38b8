import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsOptional, IsUUID, Max, Min, ValidateBy, ValidateIf } from 'class-validator';
import { DateScalar } from '@bridgeway/api-common';
import { ENROLMENT_HOURS, EnrolmentStatus } from '@bridgeway/shared-domain';
import '../graphql-enums.js';

/** Only the fields given change. COMPLETED / DID_NOT_COMPLETE need a date (default today); ENROLLED clears it. */
@InputType()
export class UpdateEnrolmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not an enrolment id' })
  id!: string;

  @Field(() => Int, { description: 'The version read; CONFLICT (VERSION_MISMATCH) when the enrolment changed since' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => EnrolmentStatus, { nullable: true })
  @ValidateIf((_, value) => value != null)
  @IsEnum(EnrolmentStatus, { message: 'Choose enrolled, completed or did not complete' })
  status?: EnrolmentStatus | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  completedOn?: string | null;

  @Field(() => Float, { nullable: true, description: `Hours credited, ${ENROLMENT_HOURS.min} to ${ENROLMENT_HOURS.max} (one decimal); null clears` })
  @IsOptional()
  // Not IsNumber({ maxDecimalPlaces }): class-validator throws on exponent notation (2e-323), found by fuzzing.
  @IsNumber({}, { message: 'Enter the hours as a number' })
  @ValidateBy({ name: 'oneDecimal', validator: { validate: (v: unknown) => typeof v === 'number' && Number.isInteger(Math.round(v * 10)) && Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, defaultMessage: () => 'Enter the hours with at most one decimal' } })
  @Min(ENROLMENT_HOURS.min, { message: 'Hours cannot be negative' })
  @Max(ENROLMENT_HOURS.max, { message: `At most ${ENROLMENT_HOURS.max} hours` })
  hours?: number | null;
}
