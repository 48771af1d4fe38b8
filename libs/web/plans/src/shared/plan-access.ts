import { Role } from '@bridgeway/shared-domain';
import { useSession } from '@bridgeway/web-auth';

/** A coordinator keeps consortium plans (choosing the consortium); a manager the organisation's. */
export function useIsCoordinator(): boolean {
  const { user } = useSession();
  return user?.role === Role.CONSORTIUM_COORDINATOR;
}
