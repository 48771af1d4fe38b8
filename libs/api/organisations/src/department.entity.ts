import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { DepartmentStatus } from '@bridgeway/shared-domain';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';

/**
 * A unit of an organisation (R.O.T's Porsgrunn, Hamar, Tønsberg, Notodden). Residences,
 * programmes, staff, helpline contacts and handouts may belong to one; every list and figure
 * of that work can be filtered by it. Departments are paused or closed, never deleted.
 */
@Entity(tenantOwned<Department>('department'))
@Unique({ properties: ['tenant', 'name'] })
@Check({ name: 'department_status_since', expression: "(status = 'ACTIVE') = (status_since is null)" })
@Check({ name: 'department_paused_reason', expression: "status <> 'PAUSED' or status_reason is not null" })
export class Department extends TenantOwnedEntity {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  place?: string | null;

  @Enum({ items: () => DepartmentStatus, nativeEnumName: 'department_status', default: DepartmentStatus.ACTIVE })
  status: Opt<DepartmentStatus> = DepartmentStatus.ACTIVE;

  /** YYYY-MM-DD: paused or closed since; null while active. */
  @Property({ type: 'date', nullable: true })
  statusSince?: string | null;

  @Property({ type: 'text', nullable: true })
  statusReason?: string | null;

  @Property({ version: true, type: 'integer' })
  version: Opt<number> = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
