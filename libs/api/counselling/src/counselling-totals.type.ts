import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import { declarePersonRecord, resident } from '@bridgeway/api-audit';

@ObjectType('CounsellorMinutes', { description: 'Counselling time of one counsellor in the period' })
export class CounsellorMinutes {
  /** Not exposed: resolved to `counsellor`. */
  counsellorId!: string;
  @Field(() => Int) minutes!: number;
  @Field(() => Int) sessions!: number;
}

@ObjectType('MonthMinutes', { description: 'Counselling time in one calendar month of the period (months without sessions are left out)' })
export class MonthMinutes {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Int) minutes!: number;
  @Field(() => Int) sessions!: number;
}

@ObjectType('ResidentMinutes', { description: 'Counselling time with one resident in the period' })
export class ResidentMinutes {
  /** Not exposed: resolved to `resident`. */
  residentId!: string;
  @Field(() => Int) minutes!: number;
  @Field(() => Int) sessions!: number;
}

@ObjectType('CounsellingTotals', { description: 'Counselling time from `from` to `to` (both included), summed from the session records' })
export class CounsellingTotals {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int) totalMinutes!: number;
  @Field(() => Float, { description: 'totalMinutes / 60, rounded to 2 decimals' }) totalHours!: number;
  @Field(() => Int) sessions!: number;
  @Field(() => Int, { description: 'Distinct residents counselled' }) residents!: number;
  @Field(() => [CounsellorMinutes], { description: 'Most minutes first' }) byCounsellor!: CounsellorMinutes[];
  @Field(() => [MonthMinutes], { description: 'Oldest month first' }) byMonth!: MonthMinutes[];
  @Field(() => [ResidentMinutes], { description: 'The residents with the most minutes, at most `topResidents`' }) byResident!: ResidentMinutes[];
}

/** Returning one of these discloses a person's record: audited as a READ of that person. */
declarePersonRecord<ResidentMinutes>('ResidentMinutes', (m) => [resident(m.residentId)]);
