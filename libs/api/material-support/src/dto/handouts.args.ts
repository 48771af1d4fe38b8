import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { OpenPeriodArgs, PeriodArgs } from '@bridgeway/api-common';
import { HandoutKind } from '@bridgeway/shared-domain';
import '../graphql-enums.js';

@ArgsType()
export class HandoutsArgs extends OpenPeriodArgs() {
  @Field(() => HandoutKind, { nullable: true })
  @IsOptional()
  @IsEnum(HandoutKind, { message: 'Unknown kind of handout' })
  kind?: HandoutKind | null;

  @Field(() => ID, { nullable: true, description: 'Only handouts of this department' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a department id' })
  departmentId?: string | null;
}

@ArgsType()
export class MaterialSupportFiguresArgs extends PeriodArgs() {
  @Field(() => ID, { nullable: true, description: 'Only handouts of this department' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a department id' })
  departmentId?: string | null;
}
