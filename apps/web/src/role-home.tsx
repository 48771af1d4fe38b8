import { useSession } from '@bridgeway/web-auth';
import { HomePage } from '@bridgeway/web-home';
import { homePathFor } from '@bridgeway/web-shell';
import { Navigate } from 'react-router';

/** "/" is each role's start: the caseload for counsellors, the overview for managers, else the welcome page. */
export function RoleHome() {
  const { user } = useSession();
  const home = user ? homePathFor(user.role) : '/';
  return home === '/' ? <HomePage /> : <Navigate to={home} replace />;
}
