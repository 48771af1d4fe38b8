import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TrimToNull } from '@bridgeway/api-common';
import { HELPLINE_TOPICS, HelplineTopic, PROGRAMME_TEXT_MAX } from '@bridgeway/shared-domain';
import '../graphql-enums.js';

/** The optional fields logHelplineContact and updateHelplineContact share. */
@InputType({ isAbstract: true })
export abstract class ContactDetailsInput {
  @Field(() => [HelplineTopic], { nullable: true, description: 'What the contact was about; none by default' })
  @IsOptional()
  @IsArray()
  @ArrayUnique({ message: 'Name each topic once' })
  @ArrayMaxSize(HELPLINE_TOPICS.length)
  @IsEnum(HelplineTopic, { each: true, message: 'Unknown topic' })
  topics?: HelplineTopic[] | null;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @IsString()
  @MaxLength(PROGRAMME_TEXT_MAX.note, { message: `Notes can be at most ${PROGRAMME_TEXT_MAX.note} characters` })
  notes?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a department id' })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Links the contact to a relative record (case workers only); at most one of relativeId, residentId' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a relative id' })
  relativeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Links the contact to a resident record (case workers only)' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a resident id' })
  residentId?: string | null;
}
