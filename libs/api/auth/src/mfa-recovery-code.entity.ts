import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';

/** One single-use recovery code, stored only as the SHA-256 of the code (80 random bits, see recovery-codes.ts). */
@Entity(tenantOwned<MfaRecoveryCode>('mfa_recovery_code'))
@Index({ properties: ['tenant', 'user'] })
export class MfaRecoveryCode extends TenantOwnedEntity {
  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'user_id'], updateRule: 'no action', deleteRule: 'cascade' })
  user!: Ref<UserAccount>;

  @Property({ type: 'text', hidden: true, lazy: false })
  codeHash!: string;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
