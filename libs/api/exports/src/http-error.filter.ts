import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { abandonRequest } from '@bridgeway/api-tenancy';
import { ErrorCode } from '@bridgeway/shared-domain';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
};

/**
 * The API's errors on a plain HTTP route (the global filter only answers GraphQL): the status
 * that matches the contract code, and the same `{ code, message }` a GraphQL error carries in
 * its extensions. The request's transaction (opened by the AccessGuard) is rolled back.
 */
@Catch(GraphQLError)
export class HttpApiErrorFilter implements ExceptionFilter {
  async catch(error: GraphQLError, host: ArgumentsHost): Promise<void> {
    await abandonRequest();
    const code = String(error.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    const res = host.switchToHttp().getResponse<Response>();
    res.status(STATUS[code] ?? 500).setHeader('Cache-Control', 'no-store').json({ code, message: error.message });
  }
}
