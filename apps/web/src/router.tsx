import { RequireRole, RequireSession, SignInPage } from '@bridgeway/web-auth';
import { AuditResidentsPage, ResidentAuditPage } from '@bridgeway/web-audit';
import { CaseFilePage } from '@bridgeway/web-case-file';
import { CaseloadPage } from '@bridgeway/web-caseload';
import { ManagerHomePage } from '@bridgeway/web-manager';
import { ResidencesBoardPage } from '@bridgeway/web-residences';
import {
  AppLayout,
  ComingLaterPage,
  NotFoundPage,
  PublicLayout,
  RouteErrorPage,
  auditRoles,
  caseFileRoles,
  caseloadRoles,
  consortiumRoles,
  overviewRoles,
  residencesRoles,
} from '@bridgeway/web-shell';
import type { Role } from '@bridgeway/web-graphql';
import type { ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RoleHome } from './role-home';
import { RootSuspense } from './root-suspense';

const forRoles = (path: string, roles: readonly Role[], page: ReactNode): RouteObject => ({
  path,
  element: <RequireRole roles={roles}>{page}</RequireRole>,
});

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
          { index: true, element: <RoleHome /> },
          forRoles('caseload', caseloadRoles, <CaseloadPage />),
          forRoles('residents/:residentId', caseFileRoles, <CaseFilePage />),
          forRoles('residents/:residentId/audit', auditRoles, <ResidentAuditPage />),
          forRoles('residences', residencesRoles, <ResidencesBoardPage />),
          forRoles('overview', overviewRoles, <ManagerHomePage />),
          forRoles('audit', auditRoles, <AuditResidentsPage />),
          forRoles('consortium', consortiumRoles, <ComingLaterPage feature="consortium" />),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
