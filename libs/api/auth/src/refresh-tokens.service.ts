import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Tenant, forkForTenant } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { RefreshToken } from './refresh-token.entity.js';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The cookie value: `<tenantId>.<tokenId>.<secret>`; the tenant part only picks the RLS context. */
function parse(raw: string | undefined): { tenantId: string; tokenId: string; secret: string } | undefined {
  const parts = raw?.split('.');
  if (!parts || parts.length !== 3) return undefined;
  const [tenantId, tokenId, secret] = parts;
  const uuid = /^[0-9a-f-]{36}$/i;
  return uuid.test(tenantId) && uuid.test(tokenId) && secret.length > 20 ? { tenantId, tokenId, secret } : undefined;
}

/** Why a rotation was refused: unknown/expired token, a replayed one, or a sign-in older than the absolute lifetime. */
export type RotationRefusal = 'invalid' | 'reused' | 'lifetime';
export type RotationResult = { ok: true; user: UserAccount; token: string } | { ok: false; refusal: RotationRefusal };
const refuse = (refusal: RotationRefusal): RotationResult => ({ ok: false, refusal });

@Injectable()
export class RefreshTokensService {
  constructor(
    private readonly em: EntityManager,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  /** Starts a new family (a sign-in). */
  async issue(tenantId: string, userId: string): Promise<string> {
    const em = forkForTenant(this.em, tenantId, userId);
    return this.create(em, tenantId, userId, randomUUID(), Date.now());
  }

  /** A new token of the family; it never outlives the family's absolute lifetime. */
  private async create(em: EntityManager, tenantId: string, userId: string, familyId: string, familyStartMs: number): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    const expiresMs = Math.min(Date.now() + this.config.refreshTokenTtlSeconds * 1000, familyStartMs + this.config.sessionMaxLifetimeSeconds * 1000);
    const token = em.create(RefreshToken, {
      tenant: em.getReference(Tenant, tenantId),
      user: em.getReference(UserAccount, [tenantId, userId]),
      familyId,
      secretHash: sha256(secret),
      expiresAt: new Date(expiresMs),
    });
    await em.flush();
    return `${tenantId}.${token.id}.${secret}`;
  }

  /**
   * Exchanges a refresh token for a new one in the same family. A token that was
   * already used means it was stolen or replayed: the whole family is revoked. So is a
   * family whose first token (the sign-in) is older than the absolute session lifetime.
   */
  async rotate(raw: string | undefined): Promise<RotationResult> {
    const parsed = parse(raw);
    if (!parsed) return refuse('invalid');
    const em = forkForTenant(this.em, parsed.tenantId);
    return em.transactional(async (tx) => {
      const token = await tx.findOne(RefreshToken, { tenant: parsed.tenantId, id: parsed.tokenId }, { populate: ['user'], lockMode: 4 /* PESSIMISTIC_WRITE */ });
      if (!token || !timingSafeEqual(Buffer.from(token.secretHash), Buffer.from(sha256(parsed.secret)))) return refuse('invalid');
      if (token.usedAt || token.revokedAt) {
        if (token.usedAt && !token.revokedAt) await this.revokeFamilyIn(tx, token.familyId);
        return refuse(token.usedAt ? 'reused' : 'invalid');
      }
      const familyStartMs = await this.familyStartMs(tx, parsed.tenantId, token.familyId);
      if (Date.now() >= familyStartMs + this.config.sessionMaxLifetimeSeconds * 1000) {
        await this.revokeFamilyIn(tx, token.familyId);
        return refuse('lifetime');
      }
      const user = token.user.getEntity();
      if (token.expiresAt < new Date() || user.disabledAt) return refuse('invalid');
      token.usedAt = new Date();
      const next = await this.create(tx, parsed.tenantId, user.id, token.familyId, familyStartMs);
      return { ok: true, user, token: next };
    });
  }

  /** Revokes the family of the presented token (sign-out). Unknown tokens are ignored. */
  async revokeFamilyOf(raw: string | undefined): Promise<void> {
    const parsed = parse(raw);
    if (!parsed) return;
    const em = forkForTenant(this.em, parsed.tenantId);
    const token = await em.findOne(RefreshToken, { tenant: parsed.tenantId, id: parsed.tokenId });
    if (token && timingSafeEqual(Buffer.from(token.secretHash), Buffer.from(sha256(parsed.secret)))) {
      await this.revokeFamilyIn(em, token.familyId);
    }
  }

  /** Ends every session of a user (disabling an account). */
  async revokeAllForUser(tenantId: string, userId: string): Promise<number> {
    const em = forkForTenant(this.em, tenantId);
    return em.nativeUpdate(RefreshToken, { tenant: tenantId, user: [tenantId, userId], revokedAt: null }, { revokedAt: new Date() });
  }

  /** When the sign-in happened: the family's first token (no column of its own needed). */
  private async familyStartMs(em: EntityManager, tenantId: string, familyId: string): Promise<number> {
    const [row] = await em.execute<{ started: number }[]>(
      'select extract(epoch from min(created_at)) * 1000 as started from refresh_token where tenant_id = :tenantId and family_id = :familyId',
      { tenantId, familyId },
    );
    return Number(row.started);
  }

  private async revokeFamilyIn(em: EntityManager, familyId: string): Promise<void> {
    await em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: new Date() });
  }
}
