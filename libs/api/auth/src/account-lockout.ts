import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { clearSignInFailures, countSignInFailure, signInLockedFor } from '@bridgeway/api-organisations';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';

/** Seconds the account stays locked (≥ 1), or null when it is not locked. */
export type LockState = number | null;

/**
 * Failed-sign-in counting of existing accounts, decided by PostgreSQL in one conditional
 * UPDATE each (the SQL is the organisations library's, which owns user_account): parallel
 * attempts cannot all read the same count, so the threshold always holds.
 */
@Injectable()
export class AccountLockout {
  constructor(
    private readonly em: EntityManager,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  /** Counts a wrong password; the failure that reaches the threshold locks (and restarts the count). */
  async recordFailure(tenantId: string, userId: string): Promise<LockState> {
    const em = forkForTenant(this.em, tenantId, userId);
    const { lockoutThreshold: threshold, lockoutSeconds } = this.config;
    const { counted, lockedFor } = await countSignInFailure(em, tenantId, userId, { threshold, lockoutSeconds });
    // Not counted: another attempt locked the account meanwhile; a locked account counts nothing.
    return counted ? lockedFor : signInLockedFor(em, tenantId, userId);
  }

  /** Clears the count after a right password, unless the account is locked at this instant. */
  async recordSuccess(tenantId: string, userId: string): Promise<LockState> {
    const em = forkForTenant(this.em, tenantId, userId);
    return (await clearSignInFailures(em, tenantId, userId)) ? null : ((await signInLockedFor(em, tenantId, userId)) ?? 1);
  }
}
