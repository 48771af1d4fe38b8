import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { Member } from './member.entity.js';
import { Programme } from './programme.entity.js';

/** A leader of a programme: a staff member (user) or a volunteer (member), exactly one. */
@Entity(tenantOwned<ProgrammeLeader>('programme_leader'))
@Check({ name: 'programme_leader_one_person', expression: 'num_nonnulls(user_id, member_id) = 1' })
@Index({ name: 'programme_leader_user_unique', expression: 'create unique index "programme_leader_user_unique" on "programme_leader" ("tenant_id", "programme_id", "user_id") where "user_id" is not null' })
@Index({ name: 'programme_leader_member_unique', expression: 'create unique index "programme_leader_member_unique" on "programme_leader" ("tenant_id", "programme_id", "member_id") where "member_id" is not null' })
// A group leader's programmes.
@Index({ properties: ['tenant', 'user'] })
export class ProgrammeLeader extends TenantOwnedEntity {
  @ManyToOne({ entity: () => Programme, ref: true, joinColumns: ['tenant_id', 'programme_id'], updateRule: 'no action', deleteRule: 'no action' })
  programme!: Ref<Programme>;

  @ManyToOne({ entity: () => UserAccount, ref: true, nullable: true, joinColumns: ['tenant_id', 'user_id'], updateRule: 'no action', deleteRule: 'no action' })
  user?: Ref<UserAccount> | null;

  @ManyToOne({ entity: () => Member, ref: true, nullable: true, joinColumns: ['tenant_id', 'member_id'], updateRule: 'no action', deleteRule: 'no action' })
  member?: Ref<Member> | null;
}
