import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID } from 'class-validator';

@InputType({ description: 'Who is key worker decides who reads the notes: managers only, audited as ASSIGN_KEY_WORKER' })
export class AssignKeyWorkerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a resident id' })
  residentId!: string;

  @Field(() => ID, { nullable: true, description: 'A counsellor or manager of your organisation; null: no key worker' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a staff member id' })
  keyWorkerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you saw; CONFLICT if someone changed the resident since' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;
}
