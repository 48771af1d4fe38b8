import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { forkForTenant } from '@bridgeway/api-tenancy';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';

/** Seconds the account stays locked (≥ 1), or null when it is not locked. */
export type LockState = number | null;

const LOCKED_FOR = `case when locked_until > now() then greatest(1, ceil(extract(epoch from locked_until - now())))::int end as locked_for`;
const UNLOCKED = `(locked_until is null or locked_until <= now())`;

/**
 * Failed-sign-in counting of existing accounts, decided by PostgreSQL in one conditional
 * UPDATE each: parallel attempts cannot all read the same count (the row lock serialises
 * them and the WHERE is re-checked on the newest row), so the threshold always holds.
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
    const rows = await em.execute<{ locked_for: number | null }[]>(
      `update user_account
          set failed_login_count = case when failed_login_count + 1 >= ? then 0 else failed_login_count + 1 end,
              locked_until = case when failed_login_count + 1 >= ? then now() + make_interval(secs => ?) else locked_until end
        where tenant_id = ? and id = ? and ${UNLOCKED}
        returning ${LOCKED_FOR}`,
      [threshold, threshold, lockoutSeconds, tenantId, userId],
    );
    // No row: another attempt locked the account meanwhile; a locked account counts nothing.
    return rows.length ? rows[0].locked_for : this.lockState(em, tenantId, userId);
  }

  /** Clears the count after a right password, unless the account is locked at this instant. */
  async recordSuccess(tenantId: string, userId: string): Promise<LockState> {
    const em = forkForTenant(this.em, tenantId, userId);
    const rows = await em.execute(
      `update user_account set failed_login_count = 0, locked_until = null where tenant_id = ? and id = ? and ${UNLOCKED} returning id`,
      [tenantId, userId],
    );
    return rows.length ? null : ((await this.lockState(em, tenantId, userId)) ?? 1);
  }

  private async lockState(em: EntityManager, tenantId: string, userId: string): Promise<LockState> {
    const rows = await em.execute<{ locked_for: number | null }[]>(`select ${LOCKED_FOR} from user_account where tenant_id = ? and id = ?`, [tenantId, userId]);
    return rows[0]?.locked_for ?? null;
  }
}
