import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';

/** The HTTP request and response behind a GraphQL operation or a plain HTTP route. */
export function httpOf(context: ExecutionContext): { req: Request; res: Response } {
  if (context.getType<string>() === 'graphql') {
    const ctx = GqlExecutionContext.create(context).getContext<{ req: Request; res: Response }>();
    return { req: ctx.req, res: ctx.res };
  }
  return { req: context.switchToHttp().getRequest(), res: context.switchToHttp().getResponse() };
}
