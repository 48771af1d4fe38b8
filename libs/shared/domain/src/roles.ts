/** Staff roles. A role is checked on every API operation; see docs/adr/0005-authentication.md. */
export enum Role {
  CONSORTIUM_COORDINATOR = 'CONSORTIUM_COORDINATOR',
  MANAGER = 'MANAGER',
  COUNSELLOR = 'COUNSELLOR',
  GROUP_LEADER = 'GROUP_LEADER',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);
