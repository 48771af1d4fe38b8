import { Role } from '@bridgeway/shared-domain';

/** Who staffs the helpline: case workers and the volunteers who answer it (GROUP_LEADER). */
export const HELPLINE_STAFF: readonly Role[] = [Role.MANAGER, Role.COUNSELLOR, Role.GROUP_LEADER];
