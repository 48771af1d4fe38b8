import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { MfaPolicy } from './mfa-policy.js';

/** An organisation's MFA policy; at most one row per tenant, none meaning DEFAULT_MFA_POLICY. */
@Entity(tenantOwned<OrganisationMfaPolicy>('organisation_mfa_policy'))
@Unique({ properties: ['tenant'] })
export class OrganisationMfaPolicy extends TenantOwnedEntity {
  @Enum({ items: () => MfaPolicy })
  policy!: MfaPolicy;

  /** The manager who set it last (null when set by the seed). */
  @Property({ type: 'uuid', nullable: true })
  updatedById?: string | null;

  @Property({ type: 'timestamptz' })
  updatedAt: Opt<Date> = new Date();
}
