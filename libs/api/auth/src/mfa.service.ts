import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import QRCode from 'qrcode';
import { BadUserInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '@bridgeway/api-common';
import { AuditService } from '@bridgeway/api-audit';
import { UserAccount } from '@bridgeway/api-organisations';
import { Tenant, forkForTenant, getActor } from '@bridgeway/api-tenancy';
import { AuthFailureReason, Role } from '@bridgeway/shared-domain';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';
import { AccountLockout, type LockState } from './account-lockout.js';
import { MfaCredential } from './mfa-credential.entity.js';
import { MfaRecoveryCode } from './mfa-recovery-code.entity.js';
import { DEFAULT_MFA_POLICY, MfaPolicy, mfaRequiredFor } from './mfa-policy.js';
import { MfaSecretCipher } from './mfa-secret-cipher.js';
import { OrganisationMfaPolicy } from './organisation-mfa-policy.entity.js';
import { RECOVERY_CODE_COUNT, hashRecoveryCode, newRecoveryCode } from './recovery-codes.js';
import { acceptedTimeStep, newTotpSecret, otpauthUri } from './totp.js';

/** What sign-in needs after a right password. */
export type SecondFactorNeed = 'none' | 'verify' | 'enrol';

export interface MfaEnrolmentStart {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

export interface MfaStatus {
  enrolled: boolean;
  required: boolean;
  policy: MfaPolicy;
  recoveryCodesLeft: number;
}

const WRONG_CODE = () => new UnauthenticatedError('That code is not right, or it was used already', AuthFailureReason.MFA_CODE_INVALID);
const LOCKED = (seconds: number) =>
  new UnauthenticatedError('Too many failed sign-ins; the account is locked for a while', AuthFailureReason.ACCOUNT_LOCKED, { retryAfterSeconds: Math.max(1, seconds) });

/**
 * TOTP second factor: enrolment, verification (each time step once), recovery codes (each once),
 * turning off and a manager's reset, and the organisation's policy. Public steps of sign-in run
 * on an entity manager forked for the ticket's tenant and user (no request transaction then);
 * signed-in ones on the request's.
 */
@Injectable()
export class MfaService {
  private readonly cipher: MfaSecretCipher;

  constructor(
    private readonly em: EntityManager,
    private readonly lockout: AccountLockout,
    private readonly audit: AuditService,
    @Inject(AUTH_CONFIG) config: AuthConfig,
  ) {
    this.cipher = new MfaSecretCipher(config.mfaEncryptionKey);
  }

  async policyOf(em: EntityManager, tenantId: string): Promise<MfaPolicy> {
    const row = await em.findOne(OrganisationMfaPolicy, { tenant: tenantId });
    return row?.policy ?? DEFAULT_MFA_POLICY;
  }

  /** After a right password: tokens at once, a code first, or enrolment first. */
  async secondFactorNeed(user: UserAccount): Promise<SecondFactorNeed> {
    const em = forkForTenant(this.em, user.tenant.id, user.id);
    const credential = await em.findOne(MfaCredential, { tenant: user.tenant.id, user: [user.tenant.id, user.id] as const, confirmedAt: { $ne: null } });
    if (credential) return 'verify';
    return mfaRequiredFor(await this.policyOf(em, user.tenant.id), user.role) ? 'enrol' : 'none';
  }

  /**
   * Accepts a TOTP code of the user's confirmed authenticator once per time step. A wrong code
   * counts as a failed sign-in (the password lockout), a right one clears the count.
   */
  async verifyTotp(tenantId: string, userId: string, code: string): Promise<void> {
    const em = forkForTenant(this.em, tenantId, userId);
    await this.refuseIfLocked(em, tenantId, userId);
    const credential = await em.findOne(MfaCredential, { tenant: tenantId, user: [tenantId, userId] as const, confirmedAt: { $ne: null } });
    const step = credential ? await this.acceptedStep(credential, userId, code) : null;
    if (step === null || !(await this.claimStep(em, tenantId, userId, step, true))) return this.failed(tenantId, userId);
    await this.succeeded(tenantId, userId);
  }

  /** Accepts one unused recovery code and marks it used, in one conditional UPDATE (two parallel uses: one wins). */
  async verifyRecoveryCode(tenantId: string, userId: string, code: string): Promise<void> {
    const em = forkForTenant(this.em, tenantId, userId);
    await this.refuseIfLocked(em, tenantId, userId);
    const used = await em.execute<{ id: string }[]>(
      `update mfa_recovery_code set used_at = now()
        where tenant_id = :tenantId and user_id = :userId and code_hash = :hash and used_at is null returning id`,
      { tenantId, userId, hash: hashRecoveryCode(code) },
    );
    if (used.length !== 1) return this.failed(tenantId, userId);
    await this.succeeded(tenantId, userId);
  }

  /**
   * A new pending secret (replacing an earlier pending one) with its otpauth URI and QR code.
   * Refused while an authenticator is on: turning it off (or a manager's reset) comes first.
   */
  async startEnrolment(tenantId: string, userId: string, em = forkForTenant(this.em, tenantId, userId)): Promise<MfaEnrolmentStart> {
    const user = await em.findOne(UserAccount, { tenant: tenantId, id: userId });
    if (!user) throw new NotFoundError('UserAccount', userId);
    const existing = await em.findOne(MfaCredential, { tenant: tenantId, user: [tenantId, userId] as const });
    if (existing?.confirmedAt) throw new BadUserInputError({ code: 'Two-step sign-in is already on; turn it off first to set up a new authenticator' });
    const secret = newTotpSecret();
    const ciphertext = this.cipher.encrypt(secret, userId);
    if (existing) {
      existing.secretCiphertext = ciphertext;
      existing.lastUsedStep = null;
      existing.createdAt = new Date();
    } else {
      em.create(MfaCredential, { tenant: em.getReference(Tenant, tenantId), user: em.getReference(UserAccount, [tenantId, userId]), secretCiphertext: ciphertext });
    }
    await em.flush();
    const uri = otpauthUri(secret, user.email);
    return { secret, otpauthUri: uri, qrCodeDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 }) };
  }

  /**
   * The first right code of the pending authenticator turns it on and replaces the recovery
   * codes; the new codes are returned this once (only their hashes are kept).
   */
  async confirmEnrolment(tenantId: string, userId: string, code: string, em = forkForTenant(this.em, tenantId, userId)): Promise<string[]> {
    await this.refuseIfLocked(em, tenantId, userId);
    const pending = await em.findOne(MfaCredential, { tenant: tenantId, user: [tenantId, userId] as const, confirmedAt: null });
    const step = pending ? await this.acceptedStep(pending, userId, code) : null;
    if (step === null || !(await this.claimStep(em, tenantId, userId, step, false))) {
      if (!pending) throw new BadUserInputError({ code: 'Start setting up two-step sign-in first' });
      return this.failed(tenantId, userId);
    }
    await em.execute(`update mfa_credential set confirmed_at = now() where tenant_id = :tenantId and user_id = :userId`, { tenantId, userId });
    const codes = await this.replaceRecoveryCodes(em, tenantId, userId);
    await this.succeeded(tenantId, userId);
    return codes;
  }

  /**
   * New recovery codes for the signed-in user, with a current code of their authenticator (a
   * session left open is not enough); the old codes stop working. Shown this once; audited.
   */
  async regenerateRecoveryCodes(code: string): Promise<string[]> {
    const { tenantId, userId } = getActor();
    await this.verifyTotp(tenantId, userId, code);
    const codes = await this.replaceRecoveryCodes(this.em, tenantId, userId);
    await this.audit.record({ action: 'UPDATE', entityType: 'UserAccount', entityId: userId, details: { mfa: 'RECOVERY_CODES_REPLACED' } }, this.em);
    return codes;
  }

  /** The signed-in user's state. */
  async status(): Promise<MfaStatus> {
    const { tenantId, userId, role } = getActor();
    const policy = await this.policyOf(this.em, tenantId);
    const credential = await this.em.findOne(MfaCredential, { tenant: tenantId, user: [tenantId, userId] as const, confirmedAt: { $ne: null } });
    const recoveryCodesLeft = credential ? await this.em.count(MfaRecoveryCode, { tenant: tenantId, user: [tenantId, userId] as const, usedAt: null }) : 0;
    return { enrolled: !!credential, required: mfaRequiredFor(policy, role as Role), policy, recoveryCodesLeft };
  }

  /** Turns off the signed-in user's own second factor, with a current code; refused where the policy requires it. */
  async disableOwn(code: string): Promise<void> {
    const { tenantId, userId, role } = getActor();
    if (mfaRequiredFor(await this.policyOf(this.em, tenantId), role as Role)) {
      throw new ForbiddenError('Your organisation requires two-step sign-in for your role; it cannot be turned off');
    }
    await this.verifyTotp(tenantId, userId, code);
    await this.remove(tenantId, userId);
    await this.audit.record({ action: 'UPDATE', entityType: 'UserAccount', entityId: userId, details: { mfa: 'DISABLED' } }, this.em);
  }

  /** A manager removes a staff member's authenticator and recovery codes (a lost phone); they enrol again at their next sign-in. */
  async resetForUser(userId: string): Promise<void> {
    const { tenantId } = getActor();
    const target = await this.em.findOne(UserAccount, { tenant: tenantId, id: userId });
    if (!target) throw new NotFoundError('UserAccount', userId);
    await this.remove(tenantId, userId);
    await this.audit.record({ action: 'UPDATE', entityType: 'UserAccount', entityId: userId, details: { mfa: 'RESET' } }, this.em);
  }

  async setPolicy(policy: MfaPolicy): Promise<MfaPolicy> {
    const { tenantId, userId } = getActor();
    await this.em.execute(
      `insert into organisation_mfa_policy (tenant_id, id, policy, updated_by_id, updated_at) values (:tenantId, :id, :policy, :userId, now())
       on conflict (tenant_id) do update set policy = excluded.policy, updated_by_id = excluded.updated_by_id, updated_at = excluded.updated_at`,
      { tenantId, id: randomUUID(), policy, userId },
    );
    await this.audit.record({ action: 'UPDATE', entityType: 'Organisation', entityId: tenantId, details: { mfaPolicy: policy } }, this.em);
    return policy;
  }

  /** Records a confirmed enrolment done while signed in (the ticket path has no actor to write it). */
  async auditEnrolment(): Promise<void> {
    const { userId } = getActor();
    await this.audit.record({ action: 'UPDATE', entityType: 'UserAccount', entityId: userId, details: { mfa: 'ENROLLED' } }, this.em);
  }

  /** Replaces the user's recovery codes by RECOVERY_CODE_COUNT new ones; returns them in clear this once (only hashes are kept). */
  private async replaceRecoveryCodes(em: EntityManager, tenantId: string, userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await em.nativeDelete(MfaRecoveryCode, { tenant: tenantId, user: [tenantId, userId] as const });
    const tenant = em.getReference(Tenant, tenantId);
    const user = em.getReference(UserAccount, [tenantId, userId]);
    await em.insertMany(MfaRecoveryCode, codes.map((c) => ({ id: randomUUID(), tenant, user, codeHash: hashRecoveryCode(c), createdAt: new Date() })));
    return codes;
  }

  private async remove(tenantId: string, userId: string): Promise<void> {
    await this.em.nativeDelete(MfaRecoveryCode, { tenant: tenantId, user: [tenantId, userId] as const });
    await this.em.nativeDelete(MfaCredential, { tenant: tenantId, user: [tenantId, userId] as const });
  }

  private async acceptedStep(credential: MfaCredential, userId: string, code: string): Promise<number | null> {
    const last = credential.lastUsedStep == null ? null : Number(credential.lastUsedStep);
    return acceptedTimeStep(this.cipher.decrypt(credential.secretCiphertext, userId), code, last);
  }

  /** Records `step` as used unless it (or a later one) already was: of two parallel uses of one code, one wins. */
  private async claimStep(em: EntityManager, tenantId: string, userId: string, step: number, confirmed: boolean): Promise<boolean> {
    const rows = await em.execute<{ id: string }[]>(
      `update mfa_credential set last_used_step = :step
        where tenant_id = :tenantId and user_id = :userId and (confirmed_at is not null) = :confirmed
          and (last_used_step is null or last_used_step < :step) returning id`,
      { tenantId, userId, step, confirmed },
    );
    return rows.length === 1;
  }

  private async refuseIfLocked(em: EntityManager, tenantId: string, userId: string): Promise<void> {
    const user = await em.findOne(UserAccount, { tenant: tenantId, id: userId });
    if (!user || user.disabledAt) throw new UnauthenticatedError('Your account is not active', AuthFailureReason.SESSION_EXPIRED);
    if (user.lockedUntil && user.lockedUntil > new Date()) throw LOCKED(Math.ceil((user.lockedUntil.getTime() - Date.now()) / 1000));
  }

  private async failed(tenantId: string, userId: string): Promise<never> {
    const lockedFor: LockState = await this.lockout.recordFailure(tenantId, userId);
    throw lockedFor ? LOCKED(lockedFor) : WRONG_CODE();
  }

  private async succeeded(tenantId: string, userId: string): Promise<void> {
    const lockedFor = await this.lockout.recordSuccess(tenantId, userId);
    if (lockedFor) throw LOCKED(lockedFor);
  }
}
