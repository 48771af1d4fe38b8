import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '@bridgeway/api-common';
import { forkForTenant, type Actor } from '@bridgeway/api-tenancy';
import { UserAccount, UsersService, decoyHash, normaliseEmail, verifyPassword } from '@bridgeway/api-organisations';
import { AuthFailureReason, Role } from '@bridgeway/shared-domain';
import { AUTH_CONFIG, type AccessTokenClaims, type AuthConfig } from './auth.config.js';
import { RefreshTokensService, type RotationRefusal } from './refresh-tokens.service.js';
import { AccountLockout, type LockState } from './account-lockout.js';
import { UnknownEmailLockout } from './unknown-email-lockout.js';
import { ActorCache } from './actor-cache.js';
import { MfaService, type SecondFactorNeed } from './mfa.service.js';

export interface IssuedSession {
  user: UserAccount;
  accessToken: string;
  refreshToken: string;
}

const INVALID = () => new UnauthenticatedError('E-mail or password is wrong', AuthFailureReason.INVALID_CREDENTIALS);
const LOCKED = (seconds: number) =>
  new UnauthenticatedError('Too many failed sign-ins; the account is locked for a while', AuthFailureReason.ACCOUNT_LOCKED, {
    retryAfterSeconds: Math.max(1, seconds),
  });
const failure = (lockedFor: LockState) => (lockedFor ? LOCKED(lockedFor) : INVALID());
const REFUSED_ROTATION: Record<RotationRefusal, string> = {
  invalid: 'Sign in again',
  reused: 'This session was ended for safety; sign in again',
  lifetime: 'Your session reached its maximum length; sign in again',
};

/**
 * What sign-in still needs of a user whose password was just accepted (read by the login mutation),
 * keyed by that request's user object. Per process, not per service: passport keeps one `local`
 * strategy per process, so with two applications in one process (tests) the check may run in the
 * other one's service.
 */
const pendingFactor = new WeakMap<UserAccount, SecondFactorNeed>();

@Injectable()
export class AuthService {

  constructor(
    private readonly em: EntityManager,
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly accountLockout: AccountLockout,
    private readonly unknownLockout: UnknownEmailLockout,
    private readonly actors: ActorCache,
    private readonly mfa: MfaService,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  /**
   * Checks e-mail and password, counting failures and locking after too many. An e-mail
   * without an active account costs the same verification and locks the same way
   * (UnknownEmailLockout), so no answer reveals whether an account exists.
   */
  async validateCredentials(email: string, password: string): Promise<UserAccount> {
    const candidates = await this.users.findForLogin(email);
    const user = candidates.length === 1 ? candidates[0] : undefined;
    if (!user || user.disabledAt) {
      const key = normaliseEmail(email);
      const lockedFor = await this.unknownLockout.lockState(key);
      if (lockedFor) throw LOCKED(lockedFor);
      await verifyPassword(await decoyHash(), password);
      throw failure(await this.unknownLockout.recordFailure(key));
    }
    // Only a shortcut that spares the hash; the UPDATEs below decide atomically.
    if (user.lockedUntil && user.lockedUntil > new Date()) throw LOCKED(Math.ceil((user.lockedUntil.getTime() - Date.now()) / 1000));
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw failure(await this.accountLockout.recordFailure(user.tenant.id, user.id));
    }
    const need = await this.mfa.secondFactorNeed(user);
    pendingFactor.set(user, need);
    // With a second factor to come, the failure count is cleared only once it is given: a right
    // password alone must not reset the count that wrong codes build up.
    if (need !== 'none') return user;
    const lockedFor = await this.accountLockout.recordSuccess(user.tenant.id, user.id);
    if (lockedFor) throw LOCKED(lockedFor);
    return user;
  }

  /** 'none' when the accepted password is enough; else what the challenge asks for. Fails closed for a user validateCredentials did not return. */
  secondFactorNeedOf(user: UserAccount): SecondFactorNeed {
    const need = pendingFactor.get(user);
    if (!need) throw new Error('Sign-in of a user whose credentials were not checked');
    return need;
  }

  /** The active account an MFA ticket names, to start its session once the second factor is given. */
  async ticketUser(tenantId: string, userId: string): Promise<UserAccount> {
    const user = await forkForTenant(this.em, tenantId, userId).findOne(UserAccount, { tenant: tenantId, id: userId });
    if (!user || user.disabledAt) throw new UnauthenticatedError('Your account is not active', AuthFailureReason.SESSION_EXPIRED);
    return user;
  }

  async startSession(user: UserAccount): Promise<IssuedSession> {
    const refreshToken = await this.refreshTokens.issue(user.tenant.id, user.id);
    return { user, accessToken: this.signAccessToken(user), refreshToken };
  }

  async refreshSession(raw: string | undefined): Promise<IssuedSession> {
    const result = await this.refreshTokens.rotate(raw);
    if (!result.ok) throw new UnauthenticatedError(REFUSED_ROTATION[result.refusal], AuthFailureReason.SESSION_EXPIRED);
    return { user: result.user, accessToken: this.signAccessToken(result.user), refreshToken: result.token };
  }

  logout(raw: string | undefined): Promise<void> {
    return this.refreshTokens.revokeFamilyOf(raw);
  }

  /** Disables an account and ends all its sessions at once (refresh tokens revoked, access tokens refused). */
  async disableUser(tenantId: string, userId: string): Promise<void> {
    const em = forkForTenant(this.em, tenantId);
    await em.nativeUpdate(UserAccount, { tenant: tenantId, id: userId }, { disabledAt: new Date() });
    await this.refreshTokens.revokeAllForUser(tenantId, userId);
    // This process refuses the very next request; the trigger's notification tells every process at commit.
    this.actors.forget(tenantId, userId);
  }

  /** The actor cache's token, to take before the request's transaction takes its snapshot (see actorInRequest). */
  actorEpoch(): number {
    return this.actors.epoch();
  }

  /**
   * Turns verified access-token claims into the request's actor, refusing disabled accounts;
   * `em` is the request's (in its transaction), so the lookup opens no connection of its own.
   * Usually no lookup at all: the ActorCache holds active users' role and organisation name,
   * which is safe because every change of a role, of the active state or of a tenant's name
   * notifies at commit (triggers, whoever writes) and the entry is dropped as the notification
   * arrives, normally before the next request; while that channel is not listened to, the cache
   * is off and restarts empty. `epoch` must be taken before
   * the transaction's snapshot: a row read in a snapshot older than a change whose notification
   * already arrived is then not stored. Disabled and missing accounts are never cached.
   */
  async actorInRequest(em: EntityManager, claims: AccessTokenClaims, epoch: number): Promise<Actor> {
    const cached = this.actors.get(claims.tid, claims.sub);
    if (cached) return { tenantId: claims.tid, userId: claims.sub, role: cached.role, organisationName: cached.organisationName };
    const [user] = await em.execute<{ role: Role; disabled_at: Date | null; organisation: string }[]>(
      `select u.role, u.disabled_at, t.name as organisation from user_account u join tenant t on t.id = u.tenant_id
        where u.tenant_id = :tenantId and u.id = :userId`,
      { tenantId: claims.tid, userId: claims.sub },
    );
    if (!user || user.disabled_at) throw new UnauthenticatedError('Your account is not active', AuthFailureReason.SESSION_EXPIRED);
    this.actors.set(claims.tid, claims.sub, { role: user.role, organisationName: user.organisation }, epoch);
    return { tenantId: claims.tid, userId: claims.sub, role: user.role, organisationName: user.organisation };
  }

  private signAccessToken(user: UserAccount): string {
    const claims: AccessTokenClaims = { sub: user.id, tid: user.tenant.id, role: user.role };
    return this.jwt.sign(claims, { expiresIn: this.config.accessTokenTtlSeconds });
  }
}
