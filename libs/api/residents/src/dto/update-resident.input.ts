import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, ValidateIf } from 'class-validator';
import { DateScalar, PersonContactUpdate } from '@bridgeway/api-common';

/** Only the fields given change; optional fields set to null are cleared. */
@InputType()
export class UpdateResidentInput extends PersonContactUpdate {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a resident id' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; CONFLICT if someone changed the resident since' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  dateOfBirth?: string | null;

  @Field(() => ID, { nullable: true, description: 'null removes the key worker' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a staff member id' })
  keyWorkerId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @IsString({ message: 'The intake date cannot be removed' })
  intakeDate?: string;
}
