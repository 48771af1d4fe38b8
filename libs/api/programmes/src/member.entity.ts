import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { MemberKind } from '@bridgeway/shared-domain';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { Department } from '@bridgeway/api-organisations';

/**
 * A volunteer or member who takes part in (or leads) programmes without being a resident or
 * a relative, and without a staff account. A person record: every read is audited.
 */
@Entity(tenantOwned<Member>('member'))
export class Member extends TenantOwnedEntity {
  @Property({ type: 'text' })
  firstName!: string;

  @Property({ type: 'text' })
  lastName!: string;

  @Enum({ items: () => MemberKind, nativeEnumName: 'member_kind' })
  kind!: MemberKind;

  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @ManyToOne({ entity: () => Department, ref: true, nullable: true, joinColumns: ['tenant_id', 'department_id'], updateRule: 'no action', deleteRule: 'no action' })
  department?: Ref<Department> | null;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
