import { SetContextLink } from '@apollo/client/link/context';
import './operation-context';

/** Adds `Authorization: Bearer <token>` from the in-memory token, read anew for every request (and retry). */
export function createBearerTokenLink(getAccessToken: () => string | null): SetContextLink {
  return new SetContextLink(({ headers, omitAccessToken }) => {
    const { authorization: _stale, ...otherHeaders } = (headers ?? {}) as Record<string, string>;
    const token = omitAccessToken ? null : getAccessToken();
    return { headers: token ? { ...otherHeaders, authorization: `Bearer ${token}` } : otherHeaders };
  });
}
