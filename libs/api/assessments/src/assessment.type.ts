import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import type { Assessment } from './assessment.entity.js';
import { declarePersonRecord, resident } from '@bridgeway/api-audit';

/** One administration of an instrument; `instrument`, `resident` and `assessedBy` are field resolvers (AssessmentResolver). */
@ObjectType('Assessment', { description: 'An outcome assessment of a resident' })
export class AssessmentType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) takenOn!: string;
  @Field(() => [Int], { description: 'Item scores in the instrument\'s item order' }) scores!: number[];
  @Field(() => Int, { description: 'Sum of the scores' }) total!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  /** Not exposed. */
  instrumentCode!: string;
  residentId!: string;
  assessedById!: string;
}

export function toAssessmentType(assessment: Assessment): AssessmentType {
  return Object.assign(new AssessmentType(), {
    id: assessment.id,
    takenOn: assessment.takenOn,
    scores: assessment.scores,
    total: assessment.total,
    createdAt: assessment.createdAt,
    instrumentCode: assessment.instrument.unwrap().code,
    residentId: assessment.resident.id,
    assessedById: assessment.assessedBy.id,
  });
}

/** Returning one of these discloses a person's record: audited as a READ of that person. */
declarePersonRecord<AssessmentType>('Assessment', (a) => [resident(a.residentId)]);
