import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { generate } from 'otplib';
import { MfaPolicy } from '@bridgeway/api-auth';
import { Role } from '@bridgeway/shared-domain';
import { cookieFrom, graphql, ok, type GqlResult } from '../support/api.js';
import { apiSuite, type ApiSuite } from '../support/suites.js';
import { createTestTenant, TEST_PASSWORD, type TestTenant } from '../support/tenants.js';
import { auditOf, ownerQuery } from '../support/stored.js';

/**
 * Two-step sign-in through the real API and PostgreSQL: the challenge `login` gives instead of a
 * token, enrolment (required and optional), TOTP codes (each time step once), recovery codes
 * (each once), refresh after MFA, turning off, a manager's audited reset, and the lockout.
 */
const LOGIN = graphql(`mutation MfaLogin($input: LoginInput!) { login(input: $input) { accessToken user { id role } } }`);
const VERIFY = graphql(`mutation MfaVerify($input: MfaCodeInput!) { verifyMfaCode(input: $input) { accessToken user { id } } }`);
const RECOVER = graphql(`mutation MfaRecover($input: RecoveryCodeInput!) { verifyRecoveryCode(input: $input) { accessToken user { id } } }`);
const START_REQUIRED = graphql(`mutation MfaStartRequired($input: MfaEnrolmentTicketInput!) { startRequiredMfaEnrolment(input: $input) { secret otpauthUri qrCodeDataUrl } }`);
const COMPLETE_REQUIRED = graphql(
  `mutation MfaCompleteRequired($input: CompleteMfaEnrolmentInput!) { completeRequiredMfaEnrolment(input: $input) { recoveryCodes session { accessToken user { id } } } }`,
);
const START = graphql(`mutation MfaStart { startMfaEnrolment { secret otpauthUri qrCodeDataUrl } }`);
const CONFIRM = graphql(`mutation MfaConfirm($input: MfaCodeOnlyInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes } }`);
const DISABLE = graphql(`mutation MfaDisable($input: MfaCodeOnlyInput!) { disableMfa(input: $input) }`);
const RESET = graphql(`mutation MfaReset($input: ResetUserMfaInput!) { resetUserMfa(input: $input) }`);
const STATUS = graphql(`query MfaStatus { mfaStatus { enrolled required policy recoveryCodesLeft } }`);
const SET_POLICY = graphql(`mutation MfaSetPolicy($policy: MfaPolicy!) { setOrganisationMfaPolicy(policy: $policy) }`);
const REFRESH = graphql(`mutation MfaRefresh { refreshSession { accessToken user { id } } }`);
const ME = graphql(`query MfaMe { me { id } }`);
const REGENERATE = graphql(`mutation MfaRegenerateCodes($input: MfaCodeOnlyInput!) { regenerateMfaRecoveryCodes(input: $input) { recoveryCodes } }`);

const LOCKOUT_THRESHOLD = 4;

let { owner, api, t } = {} as ApiSuite;
apiSuite('mfa', { LOGIN_THROTTLE_LIMIT: '1000', LOGIN_LOCKOUT_THRESHOLD: String(LOCKOUT_THRESHOLD) }, (suite) => ({ owner, api, t } = suite));

/** A tenant that enforces the default policy (managers and coordinators must). */
let enforcing: TestTenant;
beforeAll(async () => {
  enforcing = await createTestTenant(owner, 'mfa-enforcing', MfaPolicy.PRIVILEGED);
});

const PERIOD = 30;
/** The code of the time step `offset` steps from now (the API accepts one step either side). */
const codeAt = (secret: string, offset = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * PERIOD });

/**
 * Waits, if needed, until at least 15 s of the current 30-s step are left, so the codes of the
 * previous, current and next step made below are all still inside the API's window when checked.
 * (A wait before acting, never a timed assertion.)
 */
async function freshStep(): Promise<void> {
  const intoStep = (Date.now() / 1000) % PERIOD;
  if (intoStep > PERIOD - 15) await sleep((PERIOD - intoStep) * 1000 + 50);
}

const extensions = (res: GqlResult<unknown>) => res.errors?.[0]?.extensions ?? {};
const login = (email: string) => api.gql(LOGIN, { input: { email, password: TEST_PASSWORD } });

/** Signs in with the password and returns the challenge's ticket (failing if a token came instead). */
async function challenge(email: string, reason = 'MFA_REQUIRED'): Promise<string> {
  const res = await login(email);
  expect(res.data?.login ?? null).toBeNull();
  expect(extensions(res)).toMatchObject({ code: 'UNAUTHENTICATED', reason });
  return extensions(res).mfaTicket as string;
}

/** Turns on an authenticator for a signed-in user; returns its secret and recovery codes. */
async function enrolSignedIn(email: string, offset = -1): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { token } = await api.login(email);
  const started = await api.gql(START, {}, { token });
  expect(started.errors).toBeUndefined();
  const secret = ok(started).startMfaEnrolment.secret;
  const confirmed = await api.gql(CONFIRM, { input: { code: await codeAt(secret, offset) } }, { token });
  expect(confirmed.errors).toBeUndefined();
  return { secret, recoveryCodes: ok(confirmed).confirmMfaEnrolment.recoveryCodes };
}

describe('a manager of an organisation that enforces MFA', () => {
  let secret: string;
  let recoveryCodes: string[];

  it('gets an enrolment challenge, not a token, and no refresh cookie, when not enrolled', async () => {
    const res = await login(enforcing.users.MANAGER.email);
    expect(res.data?.login ?? null).toBeNull();
    expect(extensions(res)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MFA_ENROLMENT_REQUIRED', mfaTicketExpiresInSeconds: 300 });
    expect(extensions(res).mfaTicket).toEqual(expect.any(String));
    expect(res.setCookie.some((c) => c.startsWith('bw_refresh='))).toBe(false);
  });

  it('cannot use the ticket as an access token, nor an enrolment ticket to verify a code', async () => {
    const ticket = await challenge(enforcing.users.MANAGER.email, 'MFA_ENROLMENT_REQUIRED');
    const me = await api.gql(ME, {}, { token: ticket });
    expect(extensions(me)).toMatchObject({ code: 'UNAUTHENTICATED' });
    const verify = await api.gql(VERIFY, { input: { ticket, code: '123456' } });
    expect(extensions(verify)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
  });

  it('enrols with the ticket (QR code, secret) and is signed in with ten recovery codes shown once', async () => {
    await freshStep();
    const ticket = await challenge(enforcing.users.MANAGER.email, 'MFA_ENROLMENT_REQUIRED');
    const started = await api.gql(START_REQUIRED, { input: { ticket } });
    expect(started.errors).toBeUndefined();
    const enrolment = ok(started).startRequiredMfaEnrolment;
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Bridgeway:/);
    expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    secret = enrolment.secret;

    const wrong = await api.gql(COMPLETE_REQUIRED, { input: { ticket, code: (await codeAt(secret, -1)) === '000000' ? '111111' : '000000' } });
    expect(extensions(wrong)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MFA_CODE_INVALID' });

    const done = await api.gql(COMPLETE_REQUIRED, { input: { ticket, code: await codeAt(secret, -1) } });
    expect(done.errors).toBeUndefined();
    recoveryCodes = ok(done).completeRequiredMfaEnrolment.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(ok(done).completeRequiredMfaEnrolment.session.user.id).toBe(enforcing.users.MANAGER.id);
    expect(cookieFrom(done.setCookie)).toMatch(/^bw_refresh=/);
  });

  it('then gets a code challenge at sign-in: a wrong code is refused, the right one gives tokens, the same code again is refused', async () => {
    await freshStep();
    const ticket = await challenge(enforcing.users.MANAGER.email);
    const right = await codeAt(secret, 0);
    const wrong = await api.gql(VERIFY, { input: { ticket, code: right === '000000' ? '111111' : '000000' } });
    expect(extensions(wrong)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MFA_CODE_INVALID' });
    expect(wrong.data?.verifyMfaCode ?? null).toBeNull();

    const verified = await api.gql(VERIFY, { input: { ticket, code: right } });
    expect(verified.errors).toBeUndefined();
    expect(ok(verified).verifyMfaCode.user.id).toBe(enforcing.users.MANAGER.id);
    expect(ok(verified).verifyMfaCode.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(cookieFrom(verified.setCookie)).toMatch(/^bw_refresh=/);

    // Replayed: the same code with a fresh ticket, and a code of an earlier step.
    const replay = await api.gql(VERIFY, { input: { ticket: await challenge(enforcing.users.MANAGER.email), code: right } });
    expect(extensions(replay)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MFA_CODE_INVALID' });
    const earlier = await api.gql(VERIFY, { input: { ticket: await challenge(enforcing.users.MANAGER.email), code: await codeAt(secret, -1) } });
    expect(extensions(earlier)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MFA_CODE_INVALID' });

    // The next step's code is new, so it is accepted.
    const next = await api.gql(VERIFY, { input: { ticket: await challenge(enforcing.users.MANAGER.email), code: await codeAt(secret, 1) } });
    expect(next.errors).toBeUndefined();
  });

  it('keeps its session through refresh without being asked for a code again', async () => {
    const recovered = await api.gql(RECOVER, { input: { ticket: await challenge(enforcing.users.MANAGER.email), code: recoveryCodes[9] } });
    expect(recovered.errors).toBeUndefined();
    let cookie = cookieFrom(recovered.setCookie);
    for (let i = 0; i < 2; i++) {
      const refreshed = await api.gql(REFRESH, {}, { cookie });
      expect(refreshed.errors).toBeUndefined();
      expect(ok(refreshed).refreshSession.user.id).toBe(enforcing.users.MANAGER.id);
      cookie = cookieFrom(refreshed.setCookie);
      const me = await api.gql(ME, {}, { token: ok(refreshed).refreshSession.accessToken });
      expect(me.data?.me.id).toBe(enforcing.users.MANAGER.id);
    }
  });

  it('signs in with a recovery code once; the same code a second time is refused', async () => {
    const first = await api.gql(RECOVER, { input: { ticket: await challenge(enforcing.users.MANAGER.email), code: recoveryCodes[0] } });
    expect(first.errors).toBeUndefined();
    expect(ok(first).verifyRecoveryCode.user.id).toBe(enforcing.users.MANAGER.id);
    const again = await api.gql(RECOVER, { input: { ticket: await challenge(enforcing.users.MANAGER.email), code: recoveryCodes[0] } });
    expect(extensions(again)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MFA_CODE_INVALID' });
    expect(again.data?.verifyRecoveryCode ?? null).toBeNull();
    // Typed in lower case without dashes, another code still works.
    const typed = await api.gql(RECOVER, { input: { ticket: await challenge(enforcing.users.MANAGER.email), code: recoveryCodes[1].toLowerCase().replaceAll('-', '') } });
    expect(typed.errors).toBeUndefined();
  });

  it('stores the secret only encrypted and the recovery codes only as SHA-256', async () => {
    const [credential] = await ownerQuery<{ secret_ciphertext: string }>(owner, enforcing.id, 'select secret_ciphertext from mfa_credential where user_id = ?', [enforcing.users.MANAGER.id]);
    expect(credential.secret_ciphertext).toMatch(/^v1\./);
    expect(credential.secret_ciphertext).not.toContain(secret);
    const codes = await ownerQuery<{ code_hash: string }>(owner, enforcing.id, 'select code_hash from mfa_recovery_code where user_id = ?', [enforcing.users.MANAGER.id]);
    expect(codes).toHaveLength(10);
    const stored = JSON.stringify(codes);
    for (const code of recoveryCodes) expect(stored).not.toContain(code);
    expect(codes.map((c) => c.code_hash)).toContain(createHash('sha256').update(recoveryCodes[5].replaceAll('-', '')).digest('hex'));
  });

  it('may not turn it off while the organisation requires it', async () => {
    const signedIn = await api.gql(RECOVER, { input: { ticket: await challenge(enforcing.users.MANAGER.email), code: recoveryCodes[2] } });
    const token = ok(signedIn).verifyRecoveryCode.accessToken;
    const status = await api.gql(STATUS, {}, { token });
    expect(status.data?.mfaStatus).toEqual({ enrolled: true, required: true, policy: 'PRIVILEGED', recoveryCodesLeft: 6 });
    const res = await api.gql(DISABLE, { input: { code: '123456' } }, { token });
    expect(extensions(res)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('where MFA is not required', () => {
  it('a counsellor of an organisation that does not enforce it signs in with the password alone', async () => {
    const res = await login(t.users.COUNSELLOR.email);
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user.id).toBe(t.users.COUNSELLOR.id);
  });

  it('a manager of an organisation that does not enforce it (as the demo ones) signs in with the password alone', async () => {
    const res = await login(t.users.MANAGER.email);
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user.role).toBe(Role.MANAGER);
  });

  it('a counsellor of an enforcing organisation signs in with the password alone until they turn it on', async () => {
    const res = await login(enforcing.users.COUNSELLOR.email);
    expect(res.errors).toBeUndefined();
  });

  it('an organisation without a stored policy requires it of its managers and coordinators (the default)', async () => {
    const fresh = await createTestTenant(owner, 'mfa-default', MfaPolicy.PRIVILEGED);
    await ownerQuery(owner, fresh.id, 'delete from organisation_mfa_policy where tenant_id = ?', [fresh.id]);
    await challenge(fresh.users.MANAGER.email, 'MFA_ENROLMENT_REQUIRED');
    await challenge(fresh.users.CONSORTIUM_COORDINATOR.email, 'MFA_ENROLMENT_REQUIRED');
    expect((await login(fresh.users.GROUP_LEADER.email)).errors).toBeUndefined();
  });
});

describe('optional MFA, turning it off, and a manager\'s reset', () => {
  it('a user who turned it on is asked for a code; they can turn it off with a code where it is optional', async () => {
    await freshStep();
    const { secret } = await enrolSignedIn(t.users.GROUP_LEADER.email, -1);
    const verified = await api.gql(VERIFY, { input: { ticket: await challenge(t.users.GROUP_LEADER.email), code: await codeAt(secret, 0) } });
    expect(verified.errors).toBeUndefined();
    const token = ok(verified).verifyMfaCode.accessToken;
    const again = await api.gql(START, {}, { token });
    expect(extensions(again)).toMatchObject({ code: 'BAD_USER_INPUT' });
    const off = await api.gql(DISABLE, { input: { code: await codeAt(secret, 1) } }, { token });
    expect(off.errors).toBeUndefined();
    expect((await login(t.users.GROUP_LEADER.email)).errors).toBeUndefined();
    const audit = await auditOf(owner, t.id, { entityType: 'UserAccount', entityId: t.users.GROUP_LEADER.id });
    expect(audit.map((a) => a.details)).toEqual([{ mfa: 'ENROLLED' }, { mfa: 'DISABLED' }]);
  });

  it('a manager resets a staff member\'s MFA; the reset is audited and they sign in with the password again', async () => {
    await freshStep();
    await enrolSignedIn(t.users.COUNSELLOR.email, -1);
    await challenge(t.users.COUNSELLOR.email);
    const manager = await api.login(t.users.MANAGER.email);
    const res = await api.gql(RESET, { input: { userId: t.users.COUNSELLOR.id } }, { token: manager.token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.resetUserMfa).toBe(true);
    const audit = await auditOf(owner, t.id, { entityType: 'UserAccount', entityId: t.users.COUNSELLOR.id });
    expect(audit.at(-1)).toMatchObject({ action: 'UPDATE', userId: t.users.MANAGER.id, details: { mfa: 'RESET' } });
    expect((await login(t.users.COUNSELLOR.email)).errors).toBeUndefined();
    const left = await ownerQuery(owner, t.id, 'select 1 from mfa_recovery_code where user_id = ? union all select 1 from mfa_credential where user_id = ?', [t.users.COUNSELLOR.id, t.users.COUNSELLOR.id]);
    expect(left).toHaveLength(0);
  });

  it('only a manager may reset, and only in their own organisation', async () => {
    const counsellor = await api.login(t.users.COUNSELLOR.email);
    const forbidden = await api.gql(RESET, { input: { userId: t.users.GROUP_LEADER.id } }, { token: counsellor.token });
    expect(extensions(forbidden)).toMatchObject({ code: 'FORBIDDEN' });
    const manager = await api.login(t.users.MANAGER.email);
    const elsewhere = await api.gql(RESET, { input: { userId: enforcing.users.MANAGER.id } }, { token: manager.token });
    expect(extensions(elsewhere)).toMatchObject({ code: 'NOT_FOUND' });
    const [row] = await ownerQuery(owner, enforcing.id, 'select 1 from mfa_credential where user_id = ?', [enforcing.users.MANAGER.id]);
    expect(row).toBeDefined();
  });

  it('a manager can require it of everyone in the organisation (audited)', async () => {
    const manager = await api.login(t.users.MANAGER.email);
    const res = await api.gql(SET_POLICY, { policy: 'EVERYONE' }, { token: manager.token });
    expect(res.data?.setOrganisationMfaPolicy).toBe('EVERYONE');
    await challenge(t.users.COUNSELLOR.email, 'MFA_ENROLMENT_REQUIRED');
    expect((await auditOf(owner, t.id, { entityType: 'Organisation', entityId: t.id })).at(-1)?.details).toEqual({ mfaPolicy: 'EVERYONE' });
    const restored = await api.gql(SET_POLICY, { policy: 'NOT_ENFORCED' }, { token: manager.token });
    expect(restored.errors).toBeUndefined();
    expect((await login(t.users.COUNSELLOR.email)).errors).toBeUndefined();
  });
});

describe('new recovery codes', () => {
  it('a signed-in user replaces their recovery codes with a current code: the old ones stop working, the new ones work once, and it is audited', async () => {
    const own = await createTestTenant(owner, 'mfa-new-codes', MfaPolicy.NOT_ENFORCED);
    const email = own.users.COUNSELLOR.email;
    await freshStep();
    const { secret, recoveryCodes: old } = await enrolSignedIn(email, -1);
    const signedIn = await api.gql(VERIFY, { input: { ticket: await challenge(email), code: await codeAt(secret, 0) } });
    const token = ok(signedIn).verifyMfaCode.accessToken;

    const wrong = await api.gql(REGENERATE, { input: { code: await codeAt(secret, 0) } }, { token });
    expect(extensions(wrong)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MFA_CODE_INVALID' });
    const replaced = await api.gql(REGENERATE, { input: { code: await codeAt(secret, 1) } }, { token });
    expect(replaced.errors).toBeUndefined();
    const fresh = ok(replaced).regenerateMfaRecoveryCodes.recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((c) => old.includes(c))).toEqual([]);

    const withOld = await api.gql(RECOVER, { input: { ticket: await challenge(email), code: old[0] } });
    expect(extensions(withOld)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MFA_CODE_INVALID' });
    const withNew = await api.gql(RECOVER, { input: { ticket: await challenge(email), code: fresh[0] } });
    expect(withNew.errors).toBeUndefined();
    const status = await api.gql(STATUS, {}, { token: ok(withNew).verifyRecoveryCode.accessToken });
    expect(status.data?.mfaStatus.recoveryCodesLeft).toBe(9);
    const audit = await auditOf(owner, own.id, { entityType: 'UserAccount', entityId: own.users.COUNSELLOR.id });
    expect(audit.map((a) => a.details)).toEqual([{ mfa: 'ENROLLED' }, { mfa: 'RECOVERY_CODES_REPLACED' }]);
  });

  it('is refused without an authenticator', async () => {
    const own = await createTestTenant(owner, 'mfa-no-codes', MfaPolicy.NOT_ENFORCED);
    const { token } = await api.login(own.users.COUNSELLOR.email);
    const res = await api.gql(REGENERATE, { input: { code: '123456' } }, { token });
    expect(extensions(res)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MFA_CODE_INVALID' });
    const [{ n }] = await ownerQuery<{ n: string }>(owner, own.id, 'select count(*) n from mfa_recovery_code where user_id = ?', [own.users.COUNSELLOR.id]);
    expect(Number(n)).toBe(0);
  });
});

describe('replay under concurrency', () => {
  it('accepts one code once even when it is sent twice at the same moment', async () => {
    await freshStep();
    const email = enforcing.users.GROUP_LEADER.email;
    const { secret } = await enrolSignedIn(email, -1);
    const code = await codeAt(secret, 0);
    const tickets = [await challenge(email), await challenge(email)];
    const answers = await Promise.all(tickets.map((ticket) => api.gql(VERIFY, { input: { ticket, code } })));
    expect(answers.filter((answer) => !answer.errors).length).toBe(1);
    expect(answers.map((answer) => extensions(answer).reason).filter(Boolean)).toEqual(['MFA_CODE_INVALID']);
  });
});

describe('throttling', () => {
  it('counts wrong codes as failed sign-ins and locks the account at the threshold; a right password does not clear the count', async () => {
    await freshStep();
    const coordinator = enforcing.users.CONSORTIUM_COORDINATOR.email;
    const ticket = await challenge(coordinator, 'MFA_ENROLMENT_REQUIRED');
    const { secret } = ok(await api.gql(START_REQUIRED, { input: { ticket } })).startRequiredMfaEnrolment;
    expect((await api.gql(COMPLETE_REQUIRED, { input: { ticket, code: await codeAt(secret, -1) } })).errors).toBeUndefined();
    const right = await codeAt(secret, 0);
    const wrongCode = right === '000000' ? '111111' : '000000';
    for (let i = 1; i < LOCKOUT_THRESHOLD; i++) {
      const res = await api.gql(VERIFY, { input: { ticket: await challenge(coordinator), code: wrongCode } });
      expect(extensions(res)).toMatchObject({ reason: 'MFA_CODE_INVALID' });
    }
    const last = await api.gql(VERIFY, { input: { ticket: await challenge(coordinator), code: wrongCode } });
    expect(extensions(last)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' });
    const afterLock = await login(coordinator);
    expect(extensions(afterLock)).toMatchObject({ reason: 'ACCOUNT_LOCKED' });
  });
});
