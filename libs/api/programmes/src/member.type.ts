import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MemberKind } from '@bridgeway/shared-domain';
import { declarePersonRecord, member } from '@bridgeway/api-audit';
import type { Member } from './member.entity.js';
import './graphql-enums.js';

/** GraphQL `Member`; `department` is a field resolver. */
@ObjectType('Member', { description: 'A volunteer or member taking part in or leading programmes (neither resident nor relative)' })
export class MemberType {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => MemberKind) kind!: MemberKind;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  /** Not exposed: resolved to `department`. */
  departmentId!: string | null;
}

export function toMemberType(m: Member): MemberType {
  return Object.assign(new MemberType(), {
    id: m.id,
    firstName: m.firstName,
    lastName: m.lastName,
    kind: m.kind,
    phone: m.phone ?? null,
    email: m.email ?? null,
    departmentId: m.department?.id ?? null,
  });
}

/** A member's record is a person record: every disclosure is audited as a READ (entity type `Member`). */
declarePersonRecord<MemberType>('Member', (m) => [member(m.id)]);
