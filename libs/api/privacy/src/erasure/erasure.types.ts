import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import { declarePersonRecord, member, relative, resident, type DisclosedPerson } from '@bridgeway/api-audit';
import { DataSubjectKind, ErasureRefusalReason, ErasureRequestChannel, ErasureRequestStatus } from '@bridgeway/shared-domain';
import '../subject-access/data-subject-kind.graphql.js';

registerEnumType(ErasureRequestStatus, { name: 'ErasureRequestStatus', description: 'PENDING until a manager carries the request out or refuses it' });
registerEnumType(ErasureRequestChannel, { name: 'ErasureRequestChannel', description: 'How an erasure request reached the organisation' });
registerEnumType(ErasureRefusalReason, { name: 'ErasureRefusalReason', description: 'Why an erasure request was refused (GDPR art. 17(3), 12(5), 12(6))' });

/** The person an erasure request or a retention row is about, for the person-read audit. */
export function subjectPerson(kind: DataSubjectKind, id: string): DisclosedPerson | null {
  if (kind === DataSubjectKind.RESIDENT) return resident(id);
  if (kind === DataSubjectKind.RELATIVE) return relative(id);
  return member(id);
}

@ObjectType('ErasureRequest', { description: "A person's art. 17 request to have their data erased; keeps the person's id, never their name" })
export class ErasureRequestType {
  @Field(() => ID) id!: string;
  @Field(() => DataSubjectKind) subjectKind!: DataSubjectKind;
  @Field(() => ID) subjectId!: string;
  @Field(() => String, { nullable: true, description: "The person's name as their record holds it now (anonymised after erasure); null if the record is gone" })
  subjectName!: string | null;
  @Field(() => DateScalar) receivedOn!: string;
  @Field(() => ErasureRequestChannel) channel!: ErasureRequestChannel;
  @Field(() => String, { nullable: true, description: 'Staff note; cleared when the request is carried out' }) staffNote!: string | null;
  @Field(() => ErasureRequestStatus) status!: ErasureRequestStatus;
  @Field(() => ErasureRefusalReason, { nullable: true }) refusalReason!: ErasureRefusalReason | null;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field(() => String, { nullable: true, description: 'The staff member who recorded it' }) recordedByName!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The manager who carried it out or refused it' }) decidedByName!: string | null;
  @Field(() => Int, { nullable: true, description: 'Rows anonymised or deleted over every table, once carried out' }) erasedRows!: number | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "Pending requests: the day the organisation's retention period for the person runs out (last activity + period); null when it has run out or nothing is recorded",
  })
  retainedUntil!: string | null;
  @Field(() => Int, { description: 'Optimistic lock: send it back as expectedVersion' }) version!: number;
}

@ObjectType('ErasureRequestPage')
export class ErasureRequestPageType {
  @Field(() => Int, { description: 'Requests matching the filter, on every page' }) totalCount!: number;
  @Field(() => [ErasureRequestType]) requests!: ErasureRequestType[];
}

@ObjectType('RetentionPolicy', { description: "The organisation's retention period: months a person's record is kept after their last activity" })
export class RetentionPolicyType {
  @Field(() => Int) months!: number;
  @Field(() => String, { nullable: true, description: 'The law or rule that requires keeping the record, in words' }) legalBasis!: string | null;
  @Field({ description: 'True while the organisation has set nothing (the default period applies)' }) isDefault!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt!: Date | null;
  @Field(() => Int, { description: 'Optimistic lock: send it back as expectedVersion (0 while nothing is set)' }) version!: number;
}

@ObjectType('RetentionCandidate', { description: 'A person whose latest activity is older than the retention period' })
export class RetentionCandidateType {
  @Field(() => DataSubjectKind) kind!: DataSubjectKind;
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Latest activity over every table of personal data; null when none is recorded' }) lastActivityOn!: string | null;
  @Field(() => ID, { nullable: true, description: 'An erasure request of the person waiting for a decision' }) pendingRequestId!: string | null;
}

@ObjectType('RetentionReview')
export class RetentionReviewType {
  @Field(() => DateScalar, { description: 'People whose latest activity is before this day are listed' }) activeSince!: string;
  @Field(() => Int) months!: number;
  @Field(() => Int, { description: 'People listed, on every page' }) totalCount!: number;
  @Field(() => [RetentionCandidateType]) people!: RetentionCandidateType[];
}

/** Every request shown names its person (live): audited as a READ of that person. */
declarePersonRecord<ErasureRequestType>('ErasureRequest', (r) => [subjectPerson(r.subjectKind, r.subjectId)]);
declarePersonRecord<RetentionCandidateType>('RetentionCandidate', (c) => [subjectPerson(c.kind, c.id)]);
