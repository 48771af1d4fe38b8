import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { AtMostDecimals, DateScalar } from '@bridgeway/api-common';
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
  @IsNumber({}, { message: 'Enter the hours as a number' })
  @AtMostDecimals(1, { message: 'Enter the hours with at most one decimal' })
  @Min(ENROLMENT_HOURS.min, { message: 'Hours cannot be negative' })
  @Max(ENROLMENT_HOURS.max, { message: `At most ${ENROLMENT_HOURS.max} hours` })
  hours?: number | null;
}
