import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { dataExceptionError, databaseUnavailableError, internalError, isDataException, isDatabaseUnavailable } from './driver-error.js';
import { BadUserInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from './errors.js';

/**
 * Hands domain errors to GraphQL untouched (they are answers, not failures) and
 * logs only the unexpected ones. Nest's HttpExceptions are mapped to contract codes;
 * PostgreSQL data exceptions (a value the column cannot hold) to a clean BAD_USER_INPUT.
 */
@Catch()
export class GraphQLErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') throw exception;
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 401) return new UnauthenticatedError();
      if (status === 403) return new ForbiddenError();
      if (status === 404) return new NotFoundError('Record');
      if (status === 400) return new BadUserInputError({}, exception.message);
    }
    if (isDataException(exception)) return dataExceptionError();
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      return databaseUnavailableError();
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return internalError();
  }
}
