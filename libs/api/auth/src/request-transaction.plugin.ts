import { Logger } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { finishRequest } from '@bridgeway/api-tenancy';
import { ErrorCode } from '@bridgeway/shared-domain';

/**
 * Ends each GraphQL request's unit of work before its response leaves: the end-of-request
 * hooks (the batched READ audit rows) run in the request's transaction, then it commits.
 * If either fails, the transaction is rolled back and the response replaced by an error —
 * no answer leaves for work that was not committed, nor a disclosure without its audit row.
 */
@Plugin()
export class RequestTransactionPlugin implements ApolloServerPlugin {
  private readonly logger = new Logger('RequestTransaction');

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const logger = this.logger;
    return {
      async willSendResponse({ response }) {
        try {
          await finishRequest();
        } catch (error) {
          logger.error(`request rolled back, response withheld: ${error instanceof Error ? error.message : String(error)}`);
          if (response.body.kind === 'single') {
            response.body.singleResult = { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] };
          }
          response.http.status = 500;
        }
      },
    };
  }
}
