import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, ValidateIf } from 'class-validator';
import { DateScalar, PersonContactUpdate } from '@bridgeway/api-common';

/**
 * Only the fields given change; optional fields set to null are cleared. The key worker is not
 * here: who is key worker decides who reads the notes, so it changes only by assignKeyWorker (managers).
 */
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

  @Field(() => DateScalar, { nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @IsString({ message: 'The intake date cannot be removed' })
  intakeDate?: string;
}
