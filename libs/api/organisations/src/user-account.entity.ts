import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Role } from '@bridgeway/shared-domain';
import { TenantOwnedEntity, tenantOwned } from '@bridgeway/api-tenancy';
import { Department } from './department.entity.js';

/** Set only during sign-in, when the tenant is not known yet. */
export const LOGIN_EMAIL_SETTING = 'app.login_email';

/**
 * A staff member of one organisation. Tenant-owned like everything else; the one
 * extra policy lets sign-in see exactly the row whose e-mail was typed, nothing more.
 */
@Entity(
  tenantOwned<UserAccount>('user_account', {
    policies: [
      {
        name: 'user_account_login_lookup',
        command: 'select',
        using: `email = nullif(current_setting('${LOGIN_EMAIL_SETTING}', true), '')`,
      },
    ],
  }),
)
@Unique({ properties: ['tenant', 'email'] })
@Index({ properties: ['email'] })
export class UserAccount extends TenantOwnedEntity {
  /** Stored lower-case; unique per tenant in the database, across tenants by UsersService. */
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Enum({ items: () => Role, nativeEnumName: 'staff_role' })
  role!: Role;

  @Property({ type: 'text', hidden: true, lazy: false })
  passwordHash!: string;

  @Property({ type: 'integer' })
  failedLoginCount: Opt<number> = 0;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null;

  /** The department the staff member works in, if the organisation has departments. */
  @ManyToOne({ entity: () => Department, ref: true, nullable: true, joinColumns: ['tenant_id', 'department_id'], updateRule: 'no action', deleteRule: 'no action' })
  department?: Ref<Department> | null;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
