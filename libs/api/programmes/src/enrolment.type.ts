import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import { EnrolmentStatus } from '@bridgeway/shared-domain';
import { ParticipantType } from './meeting.type.js';
import './graphql-enums.js';

@ObjectType('Enrolment', { description: "A named participant's enrolment in a programme (courses: completion and hours)" })
export class EnrolmentType {
  @Field(() => ID) id!: string;
  @Field(() => ParticipantType) participant!: ParticipantType;
  @Field(() => DateScalar) enrolledOn!: string;
  @Field(() => EnrolmentStatus) status!: EnrolmentStatus;
  @Field(() => DateScalar, { nullable: true }) completedOn!: string | null;
  @Field(() => Float, { nullable: true, description: 'Hours credited (courses)' }) hours!: number | null;
  @Field(() => Int, { description: 'Send it back with updateEnrolment (CONFLICT when someone changed it since)' }) version!: number;
  /** Not exposed. */
  programmeId!: string;
}
