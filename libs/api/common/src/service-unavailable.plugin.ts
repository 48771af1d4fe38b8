import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@bridgeway/shared-domain';

/** Seconds a client (or a load balancer) should wait before trying again: a restart takes a few. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * A response carrying SERVICE_UNAVAILABLE (the database cannot be reached) goes out as HTTP 503
 * with Retry-After, so proxies, monitors and clients see an outage rather than a 200 with errors.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const unavailable = response.body.singleResult.errors?.some((error) => error.extensions?.['code'] === ErrorCode.SERVICE_UNAVAILABLE);
          if (!unavailable) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
