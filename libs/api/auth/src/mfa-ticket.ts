import { createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError } from '@bridgeway/api-common';
import { AuthFailureReason } from '@bridgeway/shared-domain';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';

/** `verify`: the user has an authenticator and must give a code; `enrol`: they must set one up first. */
export type MfaTicketPurpose = 'verify' | 'enrol';

export interface MfaTicket {
  sub: string;
  tid: string;
  purpose: MfaTicketPurpose;
}

/** Five minutes to open the app and type a code (or to scan the QR code and confirm). */
export const MFA_TICKET_TTL_SECONDS = 5 * 60;
const AUDIENCE = 'bridgeway-mfa';

/**
 * The short-lived proof that a password was right, handed out instead of tokens when a second
 * factor is needed. Signed with a key derived from JWT_SECRET (HKDF, its own label), so a ticket
 * is never valid as an access token (whose key differs) and an access token never as a ticket.
 */
@Injectable()
export class MfaTickets {
  private readonly key: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    @Inject(AUTH_CONFIG) config: AuthConfig,
  ) {
    this.key = createSecretKey(Buffer.from(hkdfSync('sha256', config.jwtSecret, 'bridgeway', 'mfa-ticket-v1', 32)));
  }

  issue(ticket: MfaTicket): string {
    return this.jwt.sign({ ...ticket }, { secret: this.key as unknown as string, expiresIn: MFA_TICKET_TTL_SECONDS, audience: AUDIENCE, algorithm: 'HS256' });
  }

  /** The ticket's claims, refusing a bad or expired one and one issued for another purpose. */
  read(raw: string, purpose: MfaTicketPurpose): MfaTicket {
    let claims: MfaTicket;
    try {
      claims = this.jwt.verify<MfaTicket>(raw, { secret: this.key as unknown as string, audience: AUDIENCE, algorithms: ['HS256'] });
    } catch {
      throw new UnauthenticatedError('This sign-in has expired; enter your e-mail and password again', AuthFailureReason.SESSION_EXPIRED);
    }
    if (claims.purpose !== purpose || !claims.sub || !claims.tid) {
      throw new UnauthenticatedError('This sign-in has expired; enter your e-mail and password again', AuthFailureReason.SESSION_EXPIRED);
    }
    return { sub: claims.sub, tid: claims.tid, purpose: claims.purpose };
  }
}
