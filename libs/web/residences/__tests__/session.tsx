import { SessionProvider, type SessionStore, type SessionUser } from '@bridgeway/web-auth';
import type { Role } from '@bridgeway/web-graphql';
import type { ReactElement } from 'react';

/** Renders `ui` for a signed-in person of `role` (a session without a server, as libs/web/programmes/__tests__/session.tsx). */
export function asRole(role: Role, ui: ReactElement): ReactElement {
  const user: SessionUser = {
    __typename: 'User',
    id: 'u-me',
    email: 'someone@example.org',
    displayName: 'Some One',
    role,
    organisation: { __typename: 'Organisation', id: 'o1', name: 'R.O.T' },
  };
  const state = { status: 'signedIn' as const, user };
  const store = { subscribe: () => () => undefined, getSnapshot: () => state } as unknown as SessionStore;
  return <SessionProvider store={store}>{ui}</SessionProvider>;
}
