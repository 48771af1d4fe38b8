import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '@bridgeway/api-common';
import { forkForTenant, type Actor } from '@bridgeway/api-tenancy';
import { UserAccount, UsersService, decoyHash, verifyPassword } from '@bridgeway/api-organisations';
import { AuthFailureReason, Role } from '@bridgeway/shared-domain';
import { AUTH_CONFIG, type AccessTokenClaims, type AuthConfig } from './auth.config.js';
import { RefreshTokensService } from './refresh-tokens.service.js';

export interface IssuedSession {
  user: UserAccount;
  accessToken: string;
  refreshToken: string;
}

const INVALID = () => new UnauthenticatedError('E-mail or password is wrong', AuthFailureReason.INVALID_CREDENTIALS);

@Injectable()
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensService,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  /** Checks e-mail and password, counting failures and locking the account after too many. */
  async validateCredentials(email: string, password: string): Promise<UserAccount> {
    const candidates = await this.users.findForLogin(email);
    const user = candidates.length === 1 ? candidates[0] : undefined;
    if (!user || user.disabledAt) {
      await verifyPassword(await decoyHash(), password);
      throw INVALID();
    }
    const now = new Date();
    if (user.lockedUntil && user.lockedUntil > now) throw this.locked(user.lockedUntil);
    const ok = await verifyPassword(user.passwordHash, password);
    const em = forkForTenant(this.em, user.tenant.id, user.id);
    if (!ok) {
      const failures = user.failedLoginCount + 1;
      const lock = failures >= this.config.lockoutThreshold;
      const lockedUntil = lock ? new Date(now.getTime() + this.config.lockoutSeconds * 1000) : user.lockedUntil;
      await em.nativeUpdate(UserAccount, { tenant: user.tenant.id, id: user.id }, { failedLoginCount: lock ? 0 : failures, lockedUntil });
      throw lock ? this.locked(lockedUntil!) : INVALID();
    }
    if (user.failedLoginCount > 0 || user.lockedUntil) {
      await em.nativeUpdate(UserAccount, { tenant: user.tenant.id, id: user.id }, { failedLoginCount: 0, lockedUntil: null });
    }
    return user;
  }

  async startSession(user: UserAccount): Promise<IssuedSession> {
    const refreshToken = await this.refreshTokens.issue(user.tenant.id, user.id);
    return { user, accessToken: this.signAccessToken(user), refreshToken };
  }

  async refreshSession(raw: string | undefined): Promise<IssuedSession> {
    const result = await this.refreshTokens.rotate(raw);
    if (!result.ok) {
      throw new UnauthenticatedError(result.reused ? 'This session was ended for safety; sign in again' : 'Sign in again', AuthFailureReason.SESSION_EXPIRED);
    }
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
  }

  /** Turns verified access-token claims into the request's actor, refusing disabled accounts. */
  async actorFromClaims(claims: AccessTokenClaims): Promise<Actor> {
    const em = forkForTenant(this.em, claims.tid, claims.sub);
    const user = await em.findOne(UserAccount, { tenant: claims.tid, id: claims.sub }, { fields: ['role', 'disabledAt'] });
    if (!user || user.disabledAt) throw new UnauthenticatedError('Your account is not active', AuthFailureReason.SESSION_EXPIRED);
    return { tenantId: claims.tid, userId: claims.sub, role: user.role as Role };
  }

  private signAccessToken(user: UserAccount): string {
    const claims: AccessTokenClaims = { sub: user.id, tid: user.tenant.id, role: user.role };
    return this.jwt.sign(claims, { expiresIn: this.config.accessTokenTtlSeconds });
  }

  private locked(until: Date): UnauthenticatedError {
    const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
    return new UnauthenticatedError('Too many failed sign-ins; the account is locked for a while', AuthFailureReason.ACCOUNT_LOCKED, { retryAfterSeconds });
  }
}
