import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ResidentType } from '@bridgeway/api-residents';
import { Relationship } from '@bridgeway/shared-domain';
import type { Relative } from './relative.entity.js';
import type { ResidentRelative } from './resident-relative.entity.js';
import { declarePersonRecord, relative, resident } from '@bridgeway/api-audit';

registerEnumType(Relationship, { name: 'Relationship', description: 'How a relative is related to a resident' });

/** A relative; `residents` is a field resolver. */
@ObjectType('Relative', { description: 'A family member or close person, linked to residents or supported on their own' })
export class RelativeType {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}

/** How a relative and a resident are related; `relative` and `resident` are field resolvers. */
@ObjectType('RelativeLink')
export class RelativeLinkType {
  @Field(() => Relationship) relationship!: Relationship;
  @Field(() => RelativeType) relative?: RelativeType;
  @Field(() => ResidentType) resident?: ResidentType;
  relativeId!: string;
  residentId!: string;
}

export function toRelativeType(relative: Relative): RelativeType {
  return Object.assign(new RelativeType(), {
    id: relative.id,
    firstName: relative.firstName,
    lastName: relative.lastName,
    phone: relative.phone ?? null,
    email: relative.email ?? null,
  });
}

export function toRelativeLinkType(link: ResidentRelative): RelativeLinkType {
  return Object.assign(new RelativeLinkType(), { relationship: link.relationship, relativeId: link.relative.id, residentId: link.resident.id });
}

/** Returning one of these discloses a person's record: audited as a READ of that person. */
declarePersonRecord<RelativeType>('Relative', (r) => [relative(r.id)]);
declarePersonRecord<RelativeLinkType>('RelativeLink', (l) => [resident(l.residentId), relative(l.relativeId)]);
