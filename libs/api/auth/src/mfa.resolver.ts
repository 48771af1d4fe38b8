import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Public, Roles } from '@bridgeway/api-common';
import { UsersService } from '@bridgeway/api-organisations';
import { getActor } from '@bridgeway/api-tenancy';
import { ALL_ROLES, Role } from '@bridgeway/shared-domain';
import { EntityManager } from '@mikro-orm/postgresql';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';
import { AuthPayload } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import {
  CompleteMfaEnrolmentInput,
  MfaCodeInput,
  MfaCodeOnlyInput,
  MfaEnrolledSession,
  MfaEnrolment,
  MfaEnrolmentTicketInput,
  MfaRecoveryCodes,
  MfaStatusType,
  RecoveryCodeInput,
  ResetUserMfaInput,
} from './mfa.dto.js';
import { MfaPolicy } from './mfa-policy.js';
import { MfaService } from './mfa.service.js';
import { MfaTickets } from './mfa-ticket.js';
import { respondWithSession } from './session-response.js';

interface HttpContext {
  req: Request;
  res: Response;
}

/**
 * Two-step sign-in. The sign-in steps are public and carry the ticket `login` handed out (and
 * share its per-address throttle); the rest are the signed-in user's own, or a manager's.
 */
@Resolver()
export class MfaResolver {
  constructor(
    private readonly mfa: MfaService,
    private readonly tickets: MfaTickets,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly em: EntityManager,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Mutation(() => AuthPayload, { description: 'Second sign-in step: a code of the authenticator (each accepted once); sets the refresh cookie' })
  async verifyMfaCode(@Args('input') input: MfaCodeInput, @Context() { res }: HttpContext): Promise<AuthPayload> {
    const ticket = this.tickets.read(input.ticket, 'verify');
    await this.mfa.verifyTotp(ticket.tid, ticket.sub, input.code);
    return this.signIn(ticket.tid, ticket.sub, res);
  }

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Mutation(() => AuthPayload, { description: 'Second sign-in step without the authenticator: one unused recovery code (then used up); sets the refresh cookie' })
  async verifyRecoveryCode(@Args('input') input: RecoveryCodeInput, @Context() { res }: HttpContext): Promise<AuthPayload> {
    const ticket = this.tickets.read(input.ticket, 'verify');
    await this.mfa.verifyRecoveryCode(ticket.tid, ticket.sub, input.code);
    return this.signIn(ticket.tid, ticket.sub, res);
  }

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Mutation(() => MfaEnrolment, { description: 'Sign-in of a user who must set up two-step sign-in: a new authenticator secret and its QR code' })
  startRequiredMfaEnrolment(@Args('input') input: MfaEnrolmentTicketInput): Promise<MfaEnrolment> {
    const ticket = this.tickets.read(input.ticket, 'enrol');
    return this.mfa.startEnrolment(ticket.tid, ticket.sub);
  }

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Mutation(() => MfaEnrolledSession, { description: 'Confirms the new authenticator with its first code and signs in; the recovery codes are shown this once' })
  async completeRequiredMfaEnrolment(@Args('input') input: CompleteMfaEnrolmentInput, @Context() { res }: HttpContext): Promise<MfaEnrolledSession> {
    const ticket = this.tickets.read(input.ticket, 'enrol');
    const recoveryCodes = await this.mfa.confirmEnrolment(ticket.tid, ticket.sub, input.code);
    return { recoveryCodes, session: await this.signIn(ticket.tid, ticket.sub, res) };
  }

  @Roles(...ALL_ROLES)
  @Query(() => MfaStatusType, { description: "The signed-in user's two-step sign-in: on or off, required or not, recovery codes left" })
  mfaStatus(): Promise<MfaStatusType> {
    return this.mfa.status();
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => MfaEnrolment, { description: 'Starts setting up an authenticator for the signed-in user (refused while one is on)' })
  startMfaEnrolment(): Promise<MfaEnrolment> {
    const { tenantId, userId } = getActor();
    return this.mfa.startEnrolment(tenantId, userId, this.em);
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => MfaRecoveryCodes, { description: 'Turns the new authenticator on with its first code; the recovery codes are shown this once' })
  async confirmMfaEnrolment(@Args('input') input: MfaCodeOnlyInput): Promise<MfaRecoveryCodes> {
    const { tenantId, userId } = getActor();
    const recoveryCodes = await this.mfa.confirmEnrolment(tenantId, userId, input.code, this.em);
    await this.mfa.auditEnrolment();
    return { recoveryCodes };
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => MfaRecoveryCodes, { description: "Replaces the signed-in user's recovery codes, with a current code of the authenticator; the new codes are shown this once" })
  async regenerateMfaRecoveryCodes(@Args('input') input: MfaCodeOnlyInput): Promise<MfaRecoveryCodes> {
    return { recoveryCodes: await this.mfa.regenerateRecoveryCodes(input.code) };
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => Boolean, { description: "Turns off the signed-in user's authenticator, with a current code; FORBIDDEN where the organisation requires it" })
  async disableMfa(@Args('input') input: MfaCodeOnlyInput): Promise<boolean> {
    await this.mfa.disableOwn(input.code);
    return true;
  }

  @Roles(Role.MANAGER)
  @Mutation(() => Boolean, { description: "Removes a staff member's authenticator and recovery codes (e.g. a lost phone); audited. They set up a new one at their next sign-in" })
  async resetUserMfa(@Args('input') input: ResetUserMfaInput): Promise<boolean> {
    await this.mfa.resetForUser(input.userId);
    return true;
  }

  @Roles(Role.MANAGER)
  @Mutation(() => MfaPolicy, { description: "Sets who in the manager's organisation must use two-step sign-in; audited" })
  setOrganisationMfaPolicy(@Args('policy', { type: () => MfaPolicy }) policy: MfaPolicy): Promise<MfaPolicy> {
    return this.mfa.setPolicy(policy);
  }

  private async signIn(tenantId: string, userId: string, res: Response): Promise<AuthPayload> {
    const user = await this.auth.ticketUser(tenantId, userId);
    return respondWithSession(await this.auth.startSession(user), res, this.config, this.users);
  }
}
