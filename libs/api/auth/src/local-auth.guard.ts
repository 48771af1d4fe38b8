import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { UnauthenticatedError, createValidationPipe } from '@bridgeway/api-common';
import { AuthFailureReason } from '@bridgeway/shared-domain';
import { LoginInput } from './auth.dto.js';
import { httpOf } from './execution-context.js';

/**
 * Validates the `login` mutation's input, then runs passport-local on it; the user lands
 * on `req.user`. Guards run before the global validation pipe, so without the check here
 * an oversized password would be hashed before anything refused it.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly views = new WeakMap<ExecutionContext, Request>();
  private readonly validation = createValidationPipe();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const ctx = GqlExecutionContext.create(context);
    const { req } = httpOf(context);
    const input = ctx.getArgs<{ input: unknown }>().input;
    const { email, password } = (await this.validation.transform(input, { type: 'body', metatype: LoginInput })) as LoginInput;
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
