import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The failed-sign-in columns of user_account, written only here: the auth library decides the
 * lockout policy (threshold, duration) and calls these, so no other library writes this table.
 * Each returns the seconds the account stays locked (≥ 1), or null when it is not locked.
 */

const LOCKED_FOR = `case when locked_until > now() then greatest(1, ceil(extract(epoch from locked_until - now())))::int end as locked_for`;
const UNLOCKED = `(locked_until is null or locked_until <= now())`;

export interface SignInFailurePolicy {
  /** Failures in a row that lock the account (the count then restarts). */
  threshold: number;
  lockoutSeconds: number;
}

/**
 * Counts a wrong password in one conditional UPDATE: parallel attempts cannot all read the same
 * count (the row lock serialises them and the WHERE is re-checked on the newest row), so the
 * threshold always holds. No row: the account is locked (a locked account counts nothing).
 */
export async function countSignInFailure(em: EntityManager, tenantId: string, userId: string, policy: SignInFailurePolicy): Promise<{ counted: boolean; lockedFor: number | null }> {
  const rows = await em.execute<{ locked_for: number | null }[]>(
    `update user_account
        set failed_login_count = case when failed_login_count + 1 >= :threshold then 0 else failed_login_count + 1 end,
            locked_until = case when failed_login_count + 1 >= :threshold then now() + make_interval(secs => :lockoutSeconds) else locked_until end
      where tenant_id = :tenantId and id = :userId and ${UNLOCKED}
      returning ${LOCKED_FOR}`,
    { tenantId, userId, threshold: policy.threshold, lockoutSeconds: policy.lockoutSeconds },
  );
  return { counted: rows.length > 0, lockedFor: rows[0]?.locked_for ?? null };
}

/** Clears the count unless the account is locked at this instant; false when it is locked. */
export async function clearSignInFailures(em: EntityManager, tenantId: string, userId: string): Promise<boolean> {
  const rows = await em.execute(`update user_account set failed_login_count = 0, locked_until = null where tenant_id = :tenantId and id = :userId and ${UNLOCKED} returning id`, {
    tenantId,
    userId,
  });
  return rows.length > 0;
}

/** Seconds the account stays locked, or null. */
export async function signInLockedFor(em: EntityManager, tenantId: string, userId: string): Promise<number | null> {
  const rows = await em.execute<{ locked_for: number | null }[]>(`select ${LOCKED_FOR} from user_account where tenant_id = :tenantId and id = :userId`, { tenantId, userId });
  return rows[0]?.locked_for ?? null;
}
