import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * AES-256-GCM for TOTP secrets at rest: the API must read them back (unlike passwords and
 * refresh tokens, which are only hashed), so a database dump alone does not reveal them.
 * The key is derived (HKDF-SHA256) from MFA_ENCRYPTION_KEY; the stored form is
 * `v1.<iv>.<tag>.<ciphertext>` (base64url), the user's id bound as associated data so a
 * ciphertext copied to another account does not decrypt.
 */
export class MfaSecretCipher {
  private readonly key: Buffer;

  constructor(keyMaterial: string) {
    this.key = Buffer.from(hkdfSync('sha256', keyMaterial, 'bridgeway', 'mfa-secret-v1', 32));
  }

  encrypt(secret: string, userId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(userId));
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  decrypt(stored: string, userId: string): string {
    const [version, iv, tag, body] = stored.split('.');
    if (version !== VERSION || !iv || !tag || !body) throw new Error('Unknown MFA secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url')).setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}
