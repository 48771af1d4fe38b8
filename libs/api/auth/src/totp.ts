import { generateSecret, generateURI, verify } from 'otplib';

/** Google Authenticator defaults (SHA-1, 6 digits, 30 s), which every authenticator app reads. */
export const TOTP_PERIOD_SECONDS = 30;

/** One step either side: a code typed just as it changes, or a phone clock off by a few seconds, still counts. */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;

export const ISSUER = 'Bridgeway';

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function otpauthUri(secret: string, accountLabel: string): string {
  return generateURI({ issuer: ISSUER, label: accountLabel, secret });
}

/**
 * The time step a right code belongs to, or null when the code is wrong or belongs to step
 * `afterStep` or earlier (a replay: each step's code is accepted once).
 */
export async function acceptedTimeStep(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({ secret, token, epochTolerance: TOLERANCE_SECONDS, ...(afterStep === null ? {} : { afterTimeStep: afterStep }) });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
