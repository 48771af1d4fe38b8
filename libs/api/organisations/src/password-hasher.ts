import argon2 from 'argon2';

/** argon2id with OWASP's minimum: 19 MiB memory, 2 iterations, 1 lane. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

type VerificationListener = (hash: string) => void;
const listeners = new Set<VerificationListener>();

/**
 * Calls `listener` with the hash each later verification runs against; returns the
 * unsubscribe. Lets tests prove that an unknown e-mail really costs a verification
 * (and one with the same parameters) without relying on wall-clock timing.
 */
export function onPasswordVerification(listener: VerificationListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  for (const listener of listeners) listener(hash);
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A real hash to verify against when the e-mail is unknown, so timing does not reveal which e-mails exist. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy-password-never-matches');
  return decoy;
}
