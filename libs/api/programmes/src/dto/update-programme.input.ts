import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, IsUUID, Min, ValidateIf } from 'class-validator';
import { DateScalar } from '@bridgeway/api-common';
import { MeetingMode, PROGRAMME_TEXT_MAX, ProgrammeAudience, ProgrammeKind, ProgrammeStatus } from '@bridgeway/shared-domain';
import { ProgrammeOptionalFields } from './programme-fields.input.js';
import { RequiredText } from './text-fields.js';

const given = (_: object, value: unknown) => value != null;

/** Only the fields given change (null leaves a required field as it is, and clears an optional one). */
@InputType()
export class UpdateProgrammeInput extends ProgrammeOptionalFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a programme id' })
  id!: string;

  @Field(() => Int, { description: 'The version read; CONFLICT (VERSION_MISMATCH) when the programme changed since' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @RequiredText(PROGRAMME_TEXT_MAX.name, 'a name')
  name?: string;

  @Field(() => ProgrammeKind, { nullable: true })
  @ValidateIf(given)
  @IsEnum(ProgrammeKind, { message: 'Choose a kind of programme' })
  kind?: ProgrammeKind | null;

  @Field(() => ProgrammeAudience, { nullable: true })
  @ValidateIf(given)
  @IsEnum(ProgrammeAudience, { message: 'Choose who the programme is for' })
  audience?: ProgrammeAudience | null;

  @Field(() => MeetingMode, { nullable: true })
  @ValidateIf(given)
  @IsEnum(MeetingMode, { message: 'Choose in person or video' })
  mode?: MeetingMode | null;

  @Field(() => DateScalar, { nullable: true })
  @ValidateIf(given)
  @IsString()
  startsOn?: string | null;

  @Field(() => ProgrammeStatus, { nullable: true, description: 'PAUSED or ENDED cancels the future generated meetings that have no attendance' })
  @ValidateIf(given)
  @IsEnum(ProgrammeStatus, { message: 'Choose active, paused or ended' })
  status?: ProgrammeStatus | null;
}
