import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import { ResidentStatus } from '@bridgeway/shared-domain';

registerEnumType(ResidentStatus, { name: 'ResidentStatus' });

/**
 * The Resident GraphQL type. Other libraries add their fields to it with
 * @ResolveField in their own resolvers (currentStay, goals, counsellingSessions, …).
 */
@ObjectType('Resident')
export class ResidentType {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => DateScalar, { nullable: true }) dateOfBirth?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => ResidentStatus) status!: ResidentStatus;
  @Field(() => DateScalar) intakeDate!: string;
  /** Not exposed; lets field resolvers find the key worker without another query. */
  keyWorkerId?: string | null;
}
