import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '@bridgeway/api-common';
import { UserType } from '@bridgeway/api-organisations';

@InputType()
export class LoginInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'Enter a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your password' })
  @MaxLength(1024)
  password!: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Short-lived JWT for the Authorization: Bearer header' })
  accessToken!: string;

  @Field(() => UserType)
  user!: UserType;
}
