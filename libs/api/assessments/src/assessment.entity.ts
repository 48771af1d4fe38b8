import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { Resident } from '@bridgeway/api-residents';
import { AssessmentInstrument } from './assessment-instrument.entity.js';

/** One administration of an instrument with a resident; `total` is the sum of the item scores. */
@Entity(tenantOwned<Assessment>('assessment'))
@Index({ properties: ['tenant', 'resident', 'takenOn'] })
export class Assessment extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Resident, ref: true, joinColumns: ['tenant_id', 'resident_id'], updateRule: 'no action', deleteRule: 'no action' })
  resident!: Ref<Resident>;

  @ManyToOne({ entity: () => AssessmentInstrument, ref: true, updateRule: 'no action', deleteRule: 'no action' })
  instrument!: Ref<AssessmentInstrument>;

  @Property({ type: 'date' })
  takenOn!: string;

  /** Item scores in the instrument's item order. */
  @Property({ type: 'json' })
  scores!: number[];

  @Property({ type: 'integer' })
  total!: number;

  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'assessed_by_id'], updateRule: 'no action', deleteRule: 'no action' })
  assessedBy!: Ref<UserAccount>;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
