import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import { DischargeReason } from '@bridgeway/shared-domain';
import type { Stay } from './stay.entity.js';
import { declarePersonRecord, resident } from '@bridgeway/api-audit';

registerEnumType(DischargeReason, { name: 'DischargeReason', description: 'Why a stay ended' });

/** A stay; `resident`, `residence` and `bed` are field resolvers. */
@ObjectType('Stay', { description: "A resident's time in one bed of a residence" })
export class StayType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) admittedOn!: string;
  @Field(() => DateScalar, { nullable: true }) dischargedOn?: string | null;
  @Field(() => DischargeReason, { nullable: true }) dischargeReason?: DischargeReason | null;
  @Field(() => String, { nullable: true }) dischargeNote?: string | null;
  residentId!: string;
  residenceId!: string;
  bedId!: string;
}

export function toStayType(stay: Stay): StayType {
  return Object.assign(new StayType(), {
    id: stay.id,
    admittedOn: stay.admittedOn,
    dischargedOn: stay.dischargedOn ?? null,
    dischargeReason: stay.dischargeReason ?? null,
    dischargeNote: stay.dischargeNote ?? null,
    residentId: stay.resident.id,
    residenceId: stay.residence.id,
    bedId: stay.bed.id,
  });
}

/** A `stay` row straight to the GraphQL object, without hydrating an entity. */
export function stayFromRow(row: Record<string, unknown>): StayType {
  return Object.assign(new StayType(), {
    id: row.id as string,
    admittedOn: row.admitted_on as string,
    dischargedOn: (row.discharged_on as string | null) ?? null,
    dischargeReason: (row.discharge_reason as StayType['dischargeReason']) ?? null,
    dischargeNote: (row.discharge_note as string | null) ?? null,
    residentId: row.resident_id as string,
    residenceId: row.residence_id as string,
    bedId: row.bed_id as string,
  });
}

/** Returning one of these discloses a person's record: audited as a READ of that person. */
declarePersonRecord<StayType>('Stay', (s) => [resident(s.residentId)]);
