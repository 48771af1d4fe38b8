import { RequireRole, RequireSession, loadSignInPage } from '@bridgeway/web-auth';
import {
  AppLayout,
  NotFoundPage,
  PublicLayout,
  RouteErrorPage,
  navEntriesOf,
  type Namespace,
  type WebDomain,
} from '@bridgeway/web-shell';
import type { i18n as I18n } from 'i18next';
import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RoleHome } from './role-home';
import { RootSuspense } from './root-suspense';

/** Builds the routes from the domains: each page is its own chunk, fetched together with its texts. */
export function createAppRouter(i18n: I18n, domains: readonly WebDomain[]) {
  const lazyPage = (page: () => Promise<ComponentType>, namespaces: readonly Namespace[]) =>
    lazy(() => Promise.all([page(), i18n.loadNamespaces([...namespaces])]).then(([Page]) => ({ default: Page })));

  const nav = navEntriesOf(domains);
  let welcome = <NotFoundPage />;
  const pages: RouteObject[] = [];
  for (const domain of domains) {
    for (const route of domain.routes) {
      const Page = lazyPage(route.page, ['components', ...domain.namespaces]);
      const element = (
        <RequireRole roles={route.roles}>
          <Page />
        </RequireRole>
      );
      if (route.path === '/') welcome = element;
      else pages.push({ path: route.path, element });
    }
  }
  const SignInPage = lazyPage(loadSignInPage, ['auth']);

  return createBrowserRouter([
    {
      element: <RootSuspense />,
      errorElement: <RouteErrorPage />,
      children: [
        {
          element: <PublicLayout />,
          children: [{ path: 'sign-in', element: <SignInPage /> }],
        },
        {
          element: (
            <RequireSession>
              <AppLayout nav={nav} />
            </RequireSession>
          ),
          children: [
            { index: true, element: <RoleHome nav={nav} welcome={welcome} /> },
            ...pages,
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
