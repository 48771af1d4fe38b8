import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { DateScalar, IsNotFutureDate } from '@bridgeway/api-common';

@InputType('RecordAssessmentInput')
export class RecordAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a resident id' })
  residentId!: string;

  @Field({ description: 'e.g. BARC-10 (see assessmentInstruments)' })
  @IsString()
  @IsNotEmpty({ message: 'Choose an instrument' })
  @MaxLength(50)
  instrumentCode!: string;

  @Field(() => DateScalar, { description: 'Not in the future' })
  @IsNotFutureDate('The assessment date cannot be in the future')
  takenOn!: string;

  @Field(() => [Int], { description: 'One score per item, in the instrument\'s item order' })
  @IsArray()
  @ArrayMaxSize(200, { message: 'Too many scores' })
  @IsInt({ each: true, message: 'Each score must be a whole number' })
  scores!: number[];
}
