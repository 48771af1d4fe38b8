import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { DateScalar, PersonContactInput } from '@bridgeway/api-common';

@InputType()
export class CreateResidentInput extends PersonContactInput {
  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  dateOfBirth?: string | null;

  @Field(() => ID, { nullable: true, description: 'A counsellor or manager of your organisation; a counsellor may name only themselves' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a staff member id' })
  keyWorkerId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default: today' })
  @IsOptional()
  intakeDate?: string | null;
}
