import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateScalar, Trim } from '@bridgeway/api-common';
import { RoomInput } from './room.input.js';

export const MAX_CAPACITY = 200;

@InputType()
export class CreateResidenceInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a name for the residence' })
  @MaxLength(200, { message: 'The name can be at most 200 characters' })
  name!: string;

  @Field(() => Int, { description: `Number of beds to create, 1 to ${MAX_CAPACITY}` })
  @IsInt({ message: 'Capacity must be a whole number' })
  @Min(1, { message: 'A residence needs at least 1 bed' })
  @Max(MAX_CAPACITY, { message: `A residence can have at most ${MAX_CAPACITY} beds` })
  capacity!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500, { message: 'The address can be at most 500 characters' })
  address?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  openedOn?: string | null;

  @Field(() => [RoomInput], { nullable: true, description: 'How the beds are split into rooms; must add up to capacity. Default: one bed per room, rooms "1".."capacity"' })
  @IsOptional()
  @ArrayMaxSize(MAX_CAPACITY)
  @ValidateNested({ each: true })
  @Type(() => RoomInput)
  rooms?: RoomInput[] | null;
}
