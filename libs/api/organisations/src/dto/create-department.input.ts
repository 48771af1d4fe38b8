import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim, TrimToNull } from '@bridgeway/api-common';
import { PROGRAMME_TEXT_MAX } from '@bridgeway/shared-domain';

/** A new department starts ACTIVE. */
@InputType()
export class CreateDepartmentInput {
  @Field()
  @Trim()
  @IsString({ message: 'Enter a name for the department' })
  @IsNotEmpty({ message: 'Enter a name for the department' })
  @MaxLength(PROGRAMME_TEXT_MAX.name, { message: `The name can be at most ${PROGRAMME_TEXT_MAX.name} characters` })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Town or address' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(PROGRAMME_TEXT_MAX.place, { message: `The place can be at most ${PROGRAMME_TEXT_MAX.place} characters` })
  place?: string | null;
}
