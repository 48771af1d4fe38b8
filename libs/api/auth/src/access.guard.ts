import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, PUBLIC_KEY, ROLES_KEY, UnauthenticatedError } from '@bridgeway/api-common';
import { IsolationLevel } from '@mikro-orm/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { commitWith } from '@bridgeway/api-database';
import { abandonRequest, bindActor, currentScope, setRequestTransaction, tenantSession, type Actor } from '@bridgeway/api-tenancy';
import type { Role } from '@bridgeway/shared-domain';
import type { AccessTokenClaims } from './auth.config.js';
import { AuthService } from './auth.service.js';
import { httpOf } from './execution-context.js';

/**
 * The one global guard, for operations AND field resolvers (graphql.options enables guards on
 * field resolvers): each is either @Public or needs a valid access token and a role listed in
 * its @Roles rule; anything without a rule is refused (closed by default).
 * A request authenticates once: the first resolver verifies the token and resolves the user
 * (from the ActorCache, which drops a user as soon as a role change or disabling commits, so it
 * applies from the next request); every other resolver of the request reuses that result from
 * the request scope — no extra database work per field.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly em: EntityManager,
    private readonly auth: AuthService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const actor = await this.authenticateOnce(context);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles?.length) throw new ForbiddenError('This operation has no access rule and is refused');
    if (!roles.includes(actor.role)) throw new ForbiddenError();
    return true;
  }

  /** The request's actor: authenticated by the first resolver that asks, shared by the rest. */
  private authenticateOnce(context: ExecutionContext): Promise<Actor> {
    const scope = currentScope();
    if (!scope) throw new Error('No request scope: requestScopeMiddleware must wrap the request');
    scope.authentication ??= this.authenticate(context);
    return scope.authentication;
  }

  /**
   * Verifies the token, then opens the request's one transaction in the token's tenant (the
   * tenant/user settings applied once, after BEGIN) and reads the user inside it: every
   * loader, service and the audit rows of this request then share one connection and one
   * snapshot. Queries read at REPEATABLE READ (figures add up); mutations keep READ COMMITTED
   * so their row locks wait instead of failing. PersonReadAuditPlugin's end-of-request hook and
   * RequestTransactionPlugin commit it before the response leaves.
   */
  private async authenticate(context: ExecutionContext): Promise<Actor> {
    await super.canActivate(context);
    const { req, res } = httpOf(context);
    const claims = req.user as AccessTokenClaims;
    const em = this.em.getContext(false) as EntityManager;
    em.setSessionContext(tenantSession(claims.tid, claims.sub));
    const mutation = context.getType<string>() === 'graphql' && GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>()?.operation.operation === 'mutation';
    // Before BEGIN, hence before the snapshot the user lookup reads (see actorInRequest).
    const actorEpoch = this.auth.actorEpoch();
    await em.begin({ isolationLevel: mutation ? IsolationLevel.READ_COMMITTED : IsolationLevel.REPEATABLE_READ });
    // The before-commit hooks' statements (the READ audit insert) go in the COMMIT's round trip.
    setRequestTransaction({ commit: (statements) => commitWith(em, statements), rollback: () => em.rollback() });
    res.once('close', () => void abandonRequest());
    const actor = await this.auth.actorInRequest(em, claims, actorEpoch);
    req.user = actor;
    bindActor(actor);
    return actor;
  }

  override getRequest(context: ExecutionContext) {
    return httpOf(context).req;
  }

  getResponse(context: ExecutionContext) {
    return httpOf(context).res;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error instanceof UnauthenticatedError) throw error;
    if (error || !user) throw new UnauthenticatedError();
    return user;
  }
}
