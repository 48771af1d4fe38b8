import { useSession } from '@bridgeway/web-auth';
import { startPathFor, type WebNavEntry } from '@bridgeway/web-shell';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';

/** "/" is each role's start: its start page (the caseload for counsellors, …), else the welcome page. */
export function RoleHome({ nav, welcome }: { nav: readonly WebNavEntry[]; welcome: ReactNode }) {
  const { user } = useSession();
  const start = user ? startPathFor(nav, user.role) : '/';
  return start === '/' ? welcome : <Navigate to={start} replace />;
}
