import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { Relationship } from '@bridgeway/shared-domain';

@InputType()
export class LinkRelativeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a relative id' })
  relativeId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a resident id' })
  residentId!: string;

  @Field(() => Relationship)
  @IsEnum(Relationship, { message: 'Choose how this person is related to the resident' })
  relationship!: Relationship;
}

@InputType()
export class UnlinkRelativeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a relative id' })
  relativeId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a resident id' })
  residentId!: string;
}
