import { SessionProvider, type SessionStore, type SessionUser } from '@bridgeway/web-auth';
import type { Role } from '@bridgeway/web-graphql';
import { renderWithProviders } from '@bridgeway/web-testing';
import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ConsortiumPlansLink } from '../src/consortium-plans-link';

/** A signed-in session without a server (as libs/web/plans/__tests__/session.tsx). */
function asRole(role: Role, ui: ReactElement): ReactElement {
  const user: SessionUser = {
    __typename: 'User',
    id: 'u-me',
    email: 'someone@example.org',
    displayName: 'Some One',
    role,
    organisation: { __typename: 'Organisation', id: 'o1', name: 'Skupnost MOST A' },
  };
  const state = { status: 'signedIn' as const, user };
  const store = { subscribe: () => () => undefined, getSnapshot: () => state } as unknown as SessionStore;
  return <SessionProvider store={store}>{ui}</SessionProvider>;
}

describe('the link from the consortium page to the plans', () => {
  it("takes a coordinator to the consortium's plans, in each language", () => {
    const { unmount } = renderWithProviders(asRole('CONSORTIUM_COORDINATOR', <ConsortiumPlansLink />));
    expect(screen.getByRole('link', { name: 'Consortium plans' })).toHaveAttribute('href', '/plans');
    unmount();
    renderWithProviders(asRole('CONSORTIUM_COORDINATOR', <ConsortiumPlansLink />), { language: 'sl' });
    expect(screen.getByRole('link', { name: 'Načrti konzorcija' })).toHaveAttribute('href', '/plans');
  });

  it("is not there for a manager, whose plans page lists the organisation's plans", () => {
    renderWithProviders(asRole('MANAGER', <ConsortiumPlansLink />));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
