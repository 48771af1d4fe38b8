import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ProgrammeKind } from '@bridgeway/shared-domain';
import './graphql-enums.js';

@ObjectType('PersonAttendance', { description: "One meeting in a resident's or relative's attendance record" })
export class PersonAttendanceType {
  @Field(() => ID) meetingId!: string;
  @Field(() => ID) programmeId!: string;
  @Field() programmeName!: string;
  @Field(() => ProgrammeKind) programmeKind!: ProgrammeKind;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field() present!: boolean;
  /** Not exposed: the resident or relative the row belongs to. */
  personId!: string;
}
