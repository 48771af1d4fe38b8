import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { Bed, Residence } from '@bridgeway/api-residences';
import { Resident } from '@bridgeway/api-residents';
import { DischargeReason } from '@bridgeway/shared-domain';

/**
 * A resident's time in a residence, in one bed. Two partial unique indexes make the
 * database itself refuse a second open stay of a resident and a second open stay in
 * a bed, so racing admissions can never overbook.
 */
@Entity(tenantOwned<Stay>('stay'))
@Check({ name: 'stay_discharge_after_admission', expression: 'discharged_on is null or discharged_on >= admitted_on' })
@Check({ name: 'stay_discharge_has_reason', expression: '(discharged_on is null) = (discharge_reason is null)' })
@Index({ properties: ['tenant', 'resident', 'admittedOn'] })
@Index({ name: 'stay_one_open_per_resident', expression: 'create unique index "stay_one_open_per_resident" on "stay" ("tenant_id", "resident_id") where "discharged_on" is null' })
@Index({ name: 'stay_one_open_per_bed', expression: 'create unique index "stay_one_open_per_bed" on "stay" ("tenant_id", "bed_id") where "discharged_on" is null' })
@Index({ properties: ['tenant', 'residence', 'dischargedOn'] })
// Occupancy over time reads only the stays open during the period, from the index alone.
@Index({ properties: ['tenant', 'dischargedOn'], include: ['admittedOn'] })
export class Stay extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Resident, ref: true, joinColumns: ['tenant_id', 'resident_id'], updateRule: 'no action', deleteRule: 'no action' })
  resident!: Ref<Resident>;

  @ManyToOne({ entity: () => Residence, ref: true, joinColumns: ['tenant_id', 'residence_id'], updateRule: 'no action', deleteRule: 'no action' })
  residence!: Ref<Residence>;

  @ManyToOne({ entity: () => Bed, ref: true, joinColumns: ['tenant_id', 'bed_id'], updateRule: 'no action', deleteRule: 'no action' })
  bed!: Ref<Bed>;

  @Property({ type: 'date' })
  admittedOn!: string;

  @Property({ type: 'date', nullable: true })
  dischargedOn?: string | null;

  @Enum({ items: () => DischargeReason, nativeEnumName: 'discharge_reason', nullable: true })
  dischargeReason?: DischargeReason | null;

  @Property({ type: 'text', nullable: true })
  dischargeNote?: string | null;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'admitted_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  admittedBy!: Ref<UserAccount>;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
