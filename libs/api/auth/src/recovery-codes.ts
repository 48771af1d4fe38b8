import { createHash, randomBytes } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;

/** Crockford-style alphabet without look-alikes (no I, L, O, U): easy to copy by hand. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A recovery code: 16 characters of a 32-letter alphabet = 80 random bits, shown as
 * XXXX-XXXX-XXXX-XXXX. With that much entropy a plain SHA-256 is safe to store (as for
 * refresh tokens): no dictionary to try, and 2^80 guesses are out of reach offline, while
 * argon2 would cost ~20 MiB and tens of milliseconds per stored code at every attempt.
 */
export function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4)).join('-');
}

/** What the person types, normalised: case, spaces and dashes do not matter; look-alikes map to their digit. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
}
