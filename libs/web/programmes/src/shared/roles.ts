import { Role } from '@bridgeway/shared-domain';
import { useSession } from '@bridgeway/web-auth';

interface LeaderRef {
  userId: string | null;
}

export interface ProgrammeAccess {
  /** MANAGER or COUNSELLOR: may see case files, enrol, keep the training register. */
  caseWorker: boolean;
  manager: boolean;
  groupLeader: boolean;
  /** The signed-in person leads this programme (as staff). */
  leads(leaders: readonly LeaderRef[]): boolean;
}

/** What the signed-in person may do here; the API checks every action again. */
export function useProgrammeAccess(): ProgrammeAccess {
  const { user } = useSession();
  const role = user?.role;
  const manager = role === Role.MANAGER;
  return {
    manager,
    caseWorker: manager || role === Role.COUNSELLOR,
    groupLeader: role === Role.GROUP_LEADER,
    leads: (leaders) => Boolean(user) && leaders.some((leader) => leader.userId === user?.id),
  };
}
