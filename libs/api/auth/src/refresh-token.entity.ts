import { type Ref, type Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';

/**
 * One refresh token of a sign-in "family". Rotation marks the old token used and
 * issues a new one in the same family; presenting a used token again revokes the family.
 * Only a SHA-256 of the secret is stored.
 */
@Entity(tenantOwned<RefreshToken>('refresh_token'))
@Index({ properties: ['tenant', 'familyId'] })
export class RefreshToken extends TenantOwnedEntity {
  @ManyToOne({ entity: () => UserAccount, ref: true, joinColumns: ['tenant_id', 'user_id'], updateRule: 'no action', deleteRule: 'cascade' })
  user!: Ref<UserAccount>;

  @Property({ type: 'uuid' })
  familyId!: string;

  @Property({ type: 'text' })
  secretHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
