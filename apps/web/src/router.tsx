import { RequireRole, RequireSession, SignInPage } from '@bridgeway/web-auth';
import { HomePage } from '@bridgeway/web-home';
import {
  AppLayout,
  ComingLaterPage,
  NotFoundPage,
  PublicLayout,
  RouteErrorPage,
  caseloadRoles,
  overviewRoles,
} from '@bridgeway/web-shell';
import { createBrowserRouter } from 'react-router';
import { RootSuspense } from './root-suspense';

// Every page component is React.lazy (exported so by its library): each route is its own chunk.
export const router = createBrowserRouter([
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
            <AppLayout />
          </RequireSession>
        ),
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'caseload',
            element: (
              <RequireRole roles={caseloadRoles}>
                <ComingLaterPage feature="caseload" />
              </RequireRole>
            ),
          },
          {
            path: 'overview',
            element: (
              <RequireRole roles={overviewRoles}>
                <ComingLaterPage feature="overview" />
              </RequireRole>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
