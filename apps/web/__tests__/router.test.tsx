import { MockedProvider } from '@apollo/client/testing/react';
import { SessionProvider, type SessionStore, type SessionUser } from '@bridgeway/web-auth';
import type { Role } from '@bridgeway/web-graphql';
import { ShellProviders, createI18n, type Language } from '@bridgeway/web-shell';
import { allTranslations } from '@bridgeway/web-testing';
import { render, screen, within } from '@testing-library/react';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from '../src/router';
import { webDomains } from '../src/web-domains';

/** A signed-in session without a server (the pages' queries get no answers here). */
function signedIn(role: Role): SessionStore {
  const user: SessionUser = {
    __typename: 'User',
    id: 'u1',
    email: 'someone@example.org',
    displayName: 'Some One',
    role,
    organisation: { __typename: 'Organisation', id: 'o1', name: 'Most' },
  };
  const state = { status: 'signedIn' as const, user };
  return { subscribe: () => () => undefined, getSnapshot: () => state } as unknown as SessionStore;
}

/** The app as main.tsx composes it, at `path`; records which namespaces it fetched. */
function renderApp(path: string, role: Role) {
  const fetched: string[] = [];
  const texts = allTranslations();
  const i18n = createI18n({
    load: (language: Language, namespace: string) => {
      fetched.push(`${language}:${namespace}`);
      return Promise.resolve(texts[language][namespace] ?? {});
    },
  });
  window.history.replaceState(null, '', path);
  render(
    <ShellProviders i18n={i18n} env="test">
      <MockedProvider mocks={[]}>
        <SessionProvider store={signedIn(role)}>
          <RouterProvider router={createAppRouter(i18n, webDomains)} />
        </SessionProvider>
      </MockedProvider>
    </ShellProviders>,
  );
  return { fetched, i18n };
}

const slow = { timeout: 10_000 };

describe('the app router', () => {
  // (Navigations, e.g. the redirect from "/" to a role's start page, need fetch's Request, which jsdom lacks.)
  it("shows a page with the role's menu, fetching only that page's texts", async () => {
    const { fetched } = renderApp('/caseload', 'COUNSELLOR');
    expect(await screen.findByRole('heading', { level: 1, name: 'Caseload' }, slow)).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(menu).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Caseload',
      'Residences',
      'Programmes',
      'Helpline',
      'Material support',
      'Two-step sign-in',
    ]);
    expect(fetched.sort()).toEqual(['en:caseload', 'en:components']);
  });

  it('fetches a page’s texts in the new language when the language changes', async () => {
    const { fetched, i18n } = renderApp('/caseload', 'COUNSELLOR');
    await screen.findByRole('heading', { level: 1, name: 'Caseload' }, slow);
    await i18n.changeLanguage('nb');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mine saker' }, slow)).toBeInTheDocument();
    expect(fetched).toEqual(expect.arrayContaining(['nb:caseload', 'nb:components']));
  });

  it('keeps a page from the roles it is not for', async () => {
    renderApp('/audit', 'COUNSELLOR');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not available for your role' }, slow),
    ).toBeInTheDocument();
  });

  // Every role has a start page now (the coordinator's is the consortium dashboard), so "/" redirects.
  it("shows the coordinator's consortium dashboard with the coordinator's menu", async () => {
    const { fetched } = renderApp('/consortium', 'CONSORTIUM_COORDINATOR');
    expect(await screen.findByRole('heading', { level: 1, name: 'Consortium' }, slow)).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(menu).getAllByRole('link').map((link) => link.textContent)).toEqual(['Home', 'Consortium', 'Plans', 'Two-step sign-in']);
    expect(fetched.sort()).toEqual(['en:components', 'en:consortium', 'en:exports']);
  });
});
