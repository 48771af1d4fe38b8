import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DateScalar } from '@bridgeway/api-common';
import { DischargeReason, TEXT_MAX } from '@bridgeway/shared-domain';

@InputType()
export class DischargeResidentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a stay id' })
  stayId!: string;

  @Field(() => DateScalar)
  @IsString({ message: 'Enter the discharge date' })
  dischargedOn!: string;

  @Field(() => DischargeReason, { nullable: true, defaultValue: DischargeReason.OTHER, description: 'Default OTHER' })
  @IsOptional()
  @IsEnum(DischargeReason, { message: 'Choose a discharge reason' })
  reason?: DischargeReason | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX.dischargeNote, { message: `The note can be at most ${TEXT_MAX.dischargeNote} characters` })
  note?: string | null;
}
