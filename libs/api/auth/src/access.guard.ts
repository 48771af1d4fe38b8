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
type Handler = ReturnType<ExecutionContext['getHandler']>;
type ResolverClass = ReturnType<ExecutionContext['getClass']>;

interface AccessRule {
  isPublic: boolean;
  roles: Role[] | undefined;
}

function allows(rule: AccessRule, actor: Actor): true {
  if (!rule.roles?.length) throw new ForbiddenError('This operation has no access rule and is refused');
  if (!rule.roles.includes(actor.role)) throw new ForbiddenError();
  return true;
}

@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly rules = new WeakMap<Handler, WeakMap<ResolverClass, AccessRule>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly em: EntityManager,
    private readonly auth: AuthService,
  ) {
    super();
  }

  /**
   * Synchronous once the request is authenticated: the guard runs for every field resolver
   * (about 60 on a case file), and a promise per field was a measurable part of a request's CPU.
   */
  override canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const rule = this.ruleOf(context.getHandler(), context.getClass());
    if (rule.isPublic) return true;
    const actor = currentScope()?.actor;
    if (actor) return allows(rule, actor);
    return this.authenticateOnce(context).then((authenticated) => allows(rule, authenticated));
  }

  /** The @Public/@Roles rule of a resolver, read once per handler and class (decorators do not change at run time). */
  private ruleOf(handler: Handler, type: ResolverClass): AccessRule {
    let byClass = this.rules.get(handler);
    if (!byClass) this.rules.set(handler, (byClass = new WeakMap()));
    let rule = byClass.get(type);
    if (!rule) {
      const targets = [handler, type];
      rule = { isPublic: !!this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets), roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) };
      byClass.set(type, rule);
    }
    return rule;
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
