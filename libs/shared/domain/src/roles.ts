/** Staff roles. A role is checked on every API operation; see docs/adr/0005-authentication.md. */
export enum Role {
  CONSORTIUM_COORDINATOR = 'CONSORTIUM_COORDINATOR',
  MANAGER = 'MANAGER',
  COUNSELLOR = 'COUNSELLOR',
  GROUP_LEADER = 'GROUP_LEADER',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Who works with case files (residents, stays, relatives, counselling, goals, assessments); also who may be a key worker. */
export const CASE_WORKER_ROLES: readonly Role[] = [Role.MANAGER, Role.COUNSELLOR];
