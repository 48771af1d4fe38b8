import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString } from 'class-validator';
import { DateScalar } from '@bridgeway/api-common';
import { MeetingMode, PROGRAMME_TEXT_MAX, ProgrammeAudience, ProgrammeKind } from '@bridgeway/shared-domain';
import { ProgrammeOptionalFields } from './programme-fields.input.js';
import { RequiredText } from './text-fields.js';

@InputType()
export class CreateProgrammeInput extends ProgrammeOptionalFields {
  @Field()
  @RequiredText(PROGRAMME_TEXT_MAX.name, 'a name')
  name!: string;

  @Field(() => ProgrammeKind)
  @IsEnum(ProgrammeKind, { message: 'Choose a kind of programme' })
  kind!: ProgrammeKind;

  @Field(() => ProgrammeAudience)
  @IsEnum(ProgrammeAudience, { message: 'Choose who the programme is for' })
  audience!: ProgrammeAudience;

  @Field(() => MeetingMode)
  @IsEnum(MeetingMode, { message: 'Choose in person or video' })
  mode!: MeetingMode;

  @Field(() => DateScalar, { description: 'The first day; a schedule counts its weeks from here' })
  @IsString()
  startsOn!: string;
}
