import { ErrorLink } from '@apollo/client/link/error';
import { from, of, switchMap, throwError } from 'rxjs';
import { isUnauthenticatedError } from '../errors/graphql-errors';
import './operation-context';

/**
 * On an UNAUTHENTICATED error, refreshes the session once and retries the
 * operation once with the new access token. If the refresh fails, the original
 * error goes on to the caller (the session store has meanwhile marked the
 * session as expired, so the UI asks the person to sign in again).
 *
 * Retrying is safe for mutations too: the API changes nothing on a rejected one.
 */
export function createRefreshAndRetryLink(refreshAccessToken: () => Promise<boolean>): ErrorLink {
  return new ErrorLink(({ error, result, operation, forward }) => {
    const context = operation.getContext();
    if (context.skipSessionRefresh || context.retriedAfterRefresh || !isUnauthenticatedError(error)) {
      return;
    }
    return from(refreshAccessToken()).pipe(
      switchMap((refreshed) => {
        if (!refreshed) return result ? of(result) : throwError(() => error);
        operation.setContext({ retriedAfterRefresh: true });
        return forward(operation);
      }),
    );
  });
}
