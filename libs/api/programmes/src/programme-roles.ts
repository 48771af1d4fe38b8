import { Role } from '@bridgeway/shared-domain';

/** Who reads programmes and their meetings (a group leader: only those they lead, ProgrammeAccess). */
export const PROGRAMME_READERS: readonly Role[] = [Role.MANAGER, Role.COUNSELLOR, Role.GROUP_LEADER];
/** Who adds, moves and cancels meetings (a group leader: of programmes they lead). */
export const MEETING_RUNNERS: readonly Role[] = [Role.MANAGER, Role.GROUP_LEADER];
/** Who takes attendance (a group leader: of programmes they lead). */
export const ATTENDANCE_TAKERS: readonly Role[] = [Role.MANAGER, Role.COUNSELLOR, Role.GROUP_LEADER];
