import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { UnauthenticatedError } from '@bridgeway/api-common';
import { AuthFailureReason } from '@bridgeway/shared-domain';
import { httpOf } from './execution-context.js';

/** Runs passport-local on the `login` mutation's input; the user lands on `req.user`. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly views = new WeakMap<ExecutionContext, Request>();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const ctx = GqlExecutionContext.create(context);
    const { req } = httpOf(context);
    const { email, password } = ctx.getArgs<{ input: { email: string; password: string } }>().input;
    // passport-local reads req.body; give it a view of the request holding only the credentials.
    const view: Request = Object.assign(Object.create(req), { body: { email, password } });
    this.views.set(context, view);
    const ok = (await super.canActivate(context)) as boolean;
    req.user = view.user;
    return ok;
  }

  override getRequest(context: ExecutionContext) {
    return this.views.get(context) ?? httpOf(context).req;
  }

  getResponse(context: ExecutionContext) {
    return httpOf(context).res;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw new UnauthenticatedError('E-mail or password is wrong', AuthFailureReason.INVALID_CREDENTIALS);
    return user;
  }
}
