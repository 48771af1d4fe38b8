import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { createBearerTokenLink } from './bearer-token-link';
import { createRefreshAndRetryLink } from './refresh-and-retry-link';

/** Where the client gets the access token from; the token lives in memory only. */
export interface AccessTokenSource {
  getAccessToken(): string | null;
  /** Refreshes the session (at most one request in flight); true when a new token is available. */
  refreshAccessToken(): Promise<boolean>;
}

export function createApolloClient(tokens: AccessTokenSource, uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      createRefreshAndRetryLink(() => tokens.refreshAccessToken()),
      createBearerTokenLink(() => tokens.getAccessToken()),
      // JSON POST (Apollo's default) satisfies the server's CSRF prevention;
      // same-origin credentials send the httpOnly refresh cookie.
      new HttpLink({ uri, credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache(),
  });
}
