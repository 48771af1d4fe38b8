declare module '@apollo/client' {
  interface DefaultContext {
    /** Never refresh-and-retry this operation (it is itself a session operation). */
    skipSessionRefresh?: boolean;
    /** Send no `Authorization` header (sign-in and refresh rely on credentials or the cookie). */
    omitAccessToken?: boolean;
    /** Set by the refresh-and-retry link on the one retry it makes. */
    retriedAfterRefresh?: boolean;
  }
}

/** Context for sign-in and session refresh: no bearer token, no refresh-and-retry. */
export const sessionOperationContext = { skipSessionRefresh: true, omitAccessToken: true } as const;
