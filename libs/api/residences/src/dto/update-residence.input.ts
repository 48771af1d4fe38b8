import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { DateScalar, Trim } from '@bridgeway/api-common';

/** Only the fields given change; `address`/`openedOn` set to null are cleared. */
@InputType()
export class UpdateResidenceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a residence id' })
  id!: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @Trim()
  @IsString({ message: 'Enter a name for the residence' })
  @IsNotEmpty({ message: 'Enter a name for the residence' })
  @MaxLength(200, { message: 'The name can be at most 200 characters' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500, { message: 'The address can be at most 500 characters' })
  address?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  openedOn?: string | null;
}
