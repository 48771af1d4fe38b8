import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID } from 'class-validator';
import { DateScalar } from '@bridgeway/api-common';

@InputType()
export class AdmitResidentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a resident id' })
  residentId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a residence id' })
  residenceId!: string;

  @Field(() => DateScalar)
  @IsString({ message: 'Enter the admission date' })
  admittedOn!: string;

  @Field(() => ID, { nullable: true, description: 'A free bed of the residence; default: the first free bed' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a bed id' })
  bedId?: string | null;
}
