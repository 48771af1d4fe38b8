import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import { ResidentStatus } from '@bridgeway/shared-domain';
import type { Resident } from './resident.entity.js';
import { declarePersonRecord, resident } from '@bridgeway/api-audit';

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
  @Field(() => Int, { description: 'Optimistic lock: pass as expectedVersion to updateResident' }) version!: number;
  /** Not exposed; lets field resolvers find the key worker without another query. */
  keyWorkerId?: string | null;
}

export function toResidentType(resident: Resident): ResidentType {
  return Object.assign(new ResidentType(), {
    id: resident.id,
    firstName: resident.firstName,
    lastName: resident.lastName,
    dateOfBirth: resident.dateOfBirth ?? null,
    phone: resident.phone ?? null,
    email: resident.email ?? null,
    status: resident.status,
    intakeDate: resident.intakeDate,
    version: resident.version,
    keyWorkerId: resident.keyWorker?.id ?? null,
  });
}

/** Returning one of these discloses a person's record: audited as a READ of that person. */
declarePersonRecord<ResidentType>('Resident', (r) => [resident(r.id)]);
