import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { HandoutKind } from '@bridgeway/shared-domain';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { Department, UserAccount } from '@bridgeway/api-organisations';
import { Resident } from '@bridgeway/api-residents';
import { Relative } from '@bridgeway/api-relatives';

/**
 * Material support handed out (food parcels, clothing, transport …): to a person record
 * (resident or relative), or to `anonymousRecipients` people without a record.
 */
@Entity(tenantOwned<Handout>('handout'))
@Check({ name: 'handout_recipient', expression: 'num_nonnulls(resident_id, relative_id, anonymous_recipients) = 1' })
@Check({ name: 'handout_quantity_range', expression: 'quantity >= 1 and quantity <= 10000' })
@Check({ name: 'handout_anonymous_range', expression: 'anonymous_recipients is null or (anonymous_recipients >= 1 and anonymous_recipients <= 10000)' })
@Index({ properties: ['tenant', 'handedOutOn'], include: ['kind', 'quantity', 'department_id'] as never })
@Index({ name: 'handout_by_resident', expression: 'create index "handout_by_resident" on "handout" ("tenant_id", "resident_id") where "resident_id" is not null' })
@Index({ name: 'handout_by_relative', expression: 'create index "handout_by_relative" on "handout" ("tenant_id", "relative_id") where "relative_id" is not null' })
export class Handout extends TenantOwnedEntity {
  /** YYYY-MM-DD. */
  @Property({ type: 'date' })
  handedOutOn!: string;

  @Enum({ items: () => HandoutKind, nativeEnumName: 'handout_kind' })
  kind!: HandoutKind;

  @Property({ type: 'integer' })
  quantity!: number;

  @ManyToOne({ entity: () => Resident, ref: true, nullable: true, joinColumns: ['tenant_id', 'resident_id'], updateRule: 'no action', deleteRule: 'no action' })
  resident?: Ref<Resident> | null;

  @ManyToOne({ entity: () => Relative, ref: true, nullable: true, joinColumns: ['tenant_id', 'relative_id'], updateRule: 'no action', deleteRule: 'no action' })
  relative?: Ref<Relative> | null;

  /** People who received it without a person record. */
  @Property({ type: 'integer', nullable: true })
  anonymousRecipients?: number | null;

  @ManyToOne({ entity: () => Department, ref: true, nullable: true, joinColumns: ['tenant_id', 'department_id'], updateRule: 'no action', deleteRule: 'no action' })
  department?: Ref<Department> | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'recorded_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  recordedBy!: Ref<UserAccount>;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
