import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { DateScalar, IsNotFutureDate, TrimToNull } from '@bridgeway/api-common';
import { DataSubjectKind, ERASURE_TEXT_MAX, ErasureRefusalReason, ErasureRequestChannel, ErasureRequestStatus, MAX_RETENTION_MONTHS } from '@bridgeway/shared-domain';

@InputType('RecordErasureRequestInput', { description: "A person's request to have their data erased; the person's name is not stored with it" })
export class RecordErasureRequestInput {
  @Field(() => DataSubjectKind) @IsEnum(DataSubjectKind, { message: 'Choose whose data is to be erased' }) subjectKind!: DataSubjectKind;
  @Field(() => ID, { description: "The resident's, relative's or member's id" }) @IsUUID('all', { message: 'Choose the person' }) subjectId!: string;
  @Field(() => DateScalar, { description: 'The day the request arrived; not in the future' })
  @IsString()
  @IsNotFutureDate('The day the request arrived cannot be in the future')
  receivedOn!: string;
  @Field(() => ErasureRequestChannel) @IsEnum(ErasureRequestChannel, { message: 'Choose how the request came in' }) channel!: ErasureRequestChannel;
  @Field(() => String, { nullable: true, description: `Optional, at most ${ERASURE_TEXT_MAX.staffNote} characters (e.g. how identity was checked); erased when the request is carried out` })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(ERASURE_TEXT_MAX.staffNote, { message: `At most ${ERASURE_TEXT_MAX.staffNote} characters` })
  staffNote?: string | null;
}

@InputType('DecideErasureRequestInput')
export class DecideErasureRequestInput {
  @Field(() => ID) @IsUUID('all', { message: 'This is not an erasure request id' }) id!: string;
  @Field(() => Int, { description: 'The version the manager saw; CONFLICT when someone else changed the request' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;
}

@InputType('RefuseErasureRequestInput')
export class RefuseErasureRequestInput extends DecideErasureRequestInput {
  @Field(() => ErasureRefusalReason) @IsEnum(ErasureRefusalReason, { message: 'Choose the reason for refusing' }) reason!: ErasureRefusalReason;
}

@InputType('SetRetentionPolicyInput')
export class SetRetentionPolicyInput {
  @Field(() => Int, { description: `Months after a person's last activity, 0 to ${MAX_RETENTION_MONTHS}` })
  @IsInt({ message: 'Enter whole months' })
  @Min(0, { message: 'The period cannot be negative' })
  @Max(MAX_RETENTION_MONTHS, { message: `At most ${MAX_RETENTION_MONTHS} months` })
  months!: number;
  @Field(() => String, { nullable: true, description: `The law that requires keeping the record, at most ${ERASURE_TEXT_MAX.legalBasis} characters` })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(ERASURE_TEXT_MAX.legalBasis, { message: `At most ${ERASURE_TEXT_MAX.legalBasis} characters` })
  legalBasis?: string | null;
  @Field(() => Int, { description: 'The version read (0 while nothing is set); CONFLICT when someone else saved meanwhile' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;
}

@ArgsType()
export class ErasureRequestsArgs {
  @Field(() => ErasureRequestStatus, { nullable: true, description: 'Only requests in this status' })
  @IsOptional()
  @IsEnum(ErasureRequestStatus)
  status?: ErasureRequestStatus | null;

  @Field(() => Int, { defaultValue: 0, description: 'Requests to skip (pending first, then newest first)' })
  @IsInt()
  @Min(0, { message: 'Skip 0 or more requests' })
  @Max(100_000, { message: 'Skip at most 100000 requests' })
  offset!: number;
}

@ArgsType()
export class RetentionReviewArgs {
  @Field(() => Int, { defaultValue: 0, description: 'People to skip (longest inactive first)' })
  @IsInt()
  @Min(0, { message: 'Skip 0 or more people' })
  @Max(100_000, { message: 'Skip at most 100000 people' })
  offset!: number;
}
