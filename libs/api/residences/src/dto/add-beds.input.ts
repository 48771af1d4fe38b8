import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '@bridgeway/api-common';
import { MAX_BEDS_PER_ROOM } from './room.input.js';

@InputType()
export class AddBedsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a residence id' })
  residenceId!: string;

  @Field({ description: 'Room to add the beds to (new or existing)' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the room name or number' })
  @MaxLength(50, { message: 'A room name can be at most 50 characters' })
  room!: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt({ message: 'The number of beds must be a whole number' })
  @Min(1, { message: 'Add at least 1 bed' })
  @Max(MAX_BEDS_PER_ROOM, { message: `Add at most ${MAX_BEDS_PER_ROOM} beds at a time` })
  count = 1;
}
