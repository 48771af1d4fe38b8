import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import { DepartmentStatus } from '@bridgeway/shared-domain';
import type { Department } from './department.entity.js';

registerEnumType(DepartmentStatus, { name: 'DepartmentStatus', description: 'Whether a department works, is paused or is closed' });

/** A department (unit) of the organisation. Names and places only: no person data. */
@ObjectType('Department', { description: 'A unit of the organisation (e.g. a town where it works)' })
export class DepartmentType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => DepartmentStatus) status!: DepartmentStatus;
  @Field(() => DateScalar, { nullable: true, description: 'Paused or closed since (null while active)' }) statusSince!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it is paused or closed' }) statusReason!: string | null;
  @Field(() => Int, { description: 'Send it back with updateDepartment (CONFLICT when someone changed it since)' }) version!: number;
}

export function toDepartmentType(department: Department): DepartmentType {
  return Object.assign(new DepartmentType(), {
    id: department.id,
    name: department.name,
    place: department.place ?? null,
    status: department.status,
    statusSince: department.statusSince ?? null,
    statusReason: department.statusReason ?? null,
    version: department.version,
  });
}

/** A `department` row (selected with `d.*` or to_jsonb) straight to the GraphQL object. */
export function departmentFromRow(row: Record<string, unknown>): DepartmentType {
  return Object.assign(new DepartmentType(), {
    id: row.id as string,
    name: row.name as string,
    place: (row.place as string | null) ?? null,
    status: row.status as DepartmentStatus,
    statusSince: (row.status_since as string | null) ?? null,
    statusReason: (row.status_reason as string | null) ?? null,
    version: row.version as number,
  });
}
