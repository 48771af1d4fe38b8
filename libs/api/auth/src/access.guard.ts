import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, PUBLIC_KEY, ROLES_KEY, UnauthenticatedError } from '@bridgeway/api-common';
import { bindActor, tenantSession, type Actor } from '@bridgeway/api-tenancy';
import type { Role } from '@bridgeway/shared-domain';
import { httpOf } from './execution-context.js';

/**
 * The one global guard: every operation is either @Public or needs a valid access
 * token AND a role listed in its @Roles rule; an operation without a rule is refused.
 * On success it binds the actor to the request scope and the tenant to the
 * request's entity manager, so every transaction carries app.tenant_id.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly em: EntityManager,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    await super.canActivate(context);
    const actor = httpOf(context).req.user as Actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles?.length) throw new ForbiddenError('This operation has no access rule and is refused');
    if (!roles.includes(actor.role)) throw new ForbiddenError();
    bindActor(actor);
    this.em.setSessionContext(tenantSession(actor.tenantId, actor.userId));
    return true;
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
