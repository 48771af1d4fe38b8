import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';

/**
 * A user's TOTP authenticator: one per user. Pending until `confirmedAt` (the first right code);
 * only a confirmed one is asked for at sign-in. The secret is stored AES-256-GCM encrypted
 * (MfaSecretCipher) and never leaves the API after enrolment.
 */
@Entity(tenantOwned<MfaCredential>('mfa_credential'))
@Unique({ properties: ['tenant', 'user'] })
export class MfaCredential extends TenantOwnedEntity {
  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'user_id'], updateRule: 'no action', deleteRule: 'cascade' })
  user!: Ref<UserAccount>;

  @Property({ type: 'text', hidden: true, lazy: false })
  secretCiphertext!: string;

  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt?: Date | null;

  /** The TOTP time step of the last accepted code: a code of this step or an earlier one is refused (replay). */
  @Property({ type: 'bigint', nullable: true })
  lastUsedStep?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
