import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { DateScalar, Trim, TrimToNull } from '@bridgeway/api-common';
import { DepartmentStatus, PROGRAMME_TEXT_MAX } from '@bridgeway/shared-domain';

/**
 * Only the fields given change. PAUSED needs statusSince and statusReason, CLOSED needs
 * statusSince, ACTIVE clears both (checked by the service, which knows the stored values).
 */
@InputType()
export class UpdateDepartmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a department id' })
  id!: string;

  @Field(() => Int, { description: 'The version read; CONFLICT (VERSION_MISMATCH) when the department changed since' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @Trim()
  @IsString({ message: 'Enter a name for the department' })
  @IsNotEmpty({ message: 'Enter a name for the department' })
  @MaxLength(PROGRAMME_TEXT_MAX.name, { message: `The name can be at most ${PROGRAMME_TEXT_MAX.name} characters` })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Null clears it' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(PROGRAMME_TEXT_MAX.place, { message: `The place can be at most ${PROGRAMME_TEXT_MAX.place} characters` })
  place?: string | null;

  @Field(() => DepartmentStatus, { nullable: true })
  @ValidateIf((_, value) => value != null)
  @IsEnum(DepartmentStatus, { message: 'Choose active, paused or closed' })
  status?: DepartmentStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Paused or closed since' })
  @IsOptional()
  statusSince?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is paused or closed' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(PROGRAMME_TEXT_MAX.reason, { message: `The reason can be at most ${PROGRAMME_TEXT_MAX.reason} characters` })
  statusReason?: string | null;
}
