import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '@bridgeway/api-common';

export const MAX_BEDS_PER_ROOM = 20;

@InputType({ description: 'A room and how many beds it holds' })
export class RoomInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the room name or number' })
  @MaxLength(50, { message: 'A room name can be at most 50 characters' })
  name!: string;

  @Field(() => Int)
  @IsInt({ message: 'The number of beds must be a whole number' })
  @Min(1, { message: 'A room needs at least 1 bed' })
  @Max(MAX_BEDS_PER_ROOM, { message: `A room can hold at most ${MAX_BEDS_PER_ROOM} beds` })
  beds!: number;
}
