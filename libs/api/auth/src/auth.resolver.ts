import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { Public, Roles, UnauthenticatedError } from '@bridgeway/api-common';
import { getActor } from '@bridgeway/api-tenancy';
import { UserAccount, UsersService, UserType } from '@bridgeway/api-organisations';
import { ALL_ROLES, AuthFailureReason } from '@bridgeway/shared-domain';
import { AUTH_CONFIG, REFRESH_COOKIE, REFRESH_COOKIE_PATH, type AuthConfig } from './auth.config.js';
import { AuthPayload, LoginInput } from './auth.dto.js';
import { AuthService, type IssuedSession } from './auth.service.js';
import { LocalAuthGuard } from './local-auth.guard.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import { MFA_TICKET_TTL_SECONDS, MfaTickets } from './mfa-ticket.js';
import { respondWithSession } from './session-response.js';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly em: EntityManager,
    private readonly tickets: MfaTickets,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  @Public()
  @UseGuards(LoginRateLimitGuard, LocalAuthGuard)
  @Mutation(() => AuthPayload, {
    description:
      'Signs in; also sets the httpOnly refresh cookie. When a second factor is needed, answers instead with no token and no cookie: ' +
      'UNAUTHENTICATED with reason MFA_REQUIRED (then verifyMfaCode or verifyRecoveryCode) or MFA_ENROLMENT_REQUIRED ' +
      '(then startRequiredMfaEnrolment and completeRequiredMfaEnrolment), and extensions.mfaTicket to pass on',
  })
  async login(@Args('input') _input: LoginInput, @Context() { req, res }: HttpContext): Promise<AuthPayload> {
    const user = req.user as UserAccount;
    const need = this.auth.secondFactorNeedOf(user);
    if (need !== 'none') {
      const mfaTicket = this.tickets.issue({ sub: user.id, tid: user.tenant.id, purpose: need });
      throw need === 'verify'
        ? new UnauthenticatedError('Enter the code from your authenticator app', AuthFailureReason.MFA_REQUIRED, { mfaTicket, mfaTicketExpiresInSeconds: MFA_TICKET_TTL_SECONDS })
        : new UnauthenticatedError('Your organisation requires two-step sign-in: set up an authenticator app to continue', AuthFailureReason.MFA_ENROLMENT_REQUIRED, {
            mfaTicket,
            mfaTicketExpiresInSeconds: MFA_TICKET_TTL_SECONDS,
          });
    }
    return this.respond(await this.auth.startSession(user), res);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges the refresh cookie for a new access token and a new cookie' })
  async refreshSession(@Context() { req, res }: HttpContext): Promise<AuthPayload> {
    try {
      return await this.respond(await this.auth.refreshSession(req.cookies?.[REFRESH_COOKIE]), res);
    } catch (error) {
      res.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this sign-in: revokes its refresh-token family and clears the cookie' })
  async logout(@Context() { req, res }: HttpContext): Promise<boolean> {
    await this.auth.logout(req.cookies?.[REFRESH_COOKIE]);
    res.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
    return true;
  }

  @Roles(...ALL_ROLES)
  @Query(() => UserType, { description: 'The signed-in user' })
  async me(): Promise<UserType> {
    const actor = getActor();
    const user = await this.em.findOneOrFail(UserAccount, { tenant: actor.tenantId, id: actor.userId });
    return this.users.toGraphQL(user);
  }

  private respond(session: IssuedSession, res: Response): Promise<AuthPayload> {
    return respondWithSession(session, res, this.config, this.users);
  }
}
