import type { Role } from '@bridgeway/web-graphql';

export interface NavItem {
  readonly path: string;
  readonly labelKey: 'nav.home' | 'nav.caseload' | 'nav.overview' | 'nav.residences' | 'nav.audit' | 'nav.consortium';
  /** Who sees the item; undefined = everyone. */
  readonly roles?: readonly Role[];
  /** A placeholder page: shown with a "Coming later" badge. */
  readonly comingLater?: boolean;
}

export const caseloadRoles: readonly Role[] = ['COUNSELLOR'];
export const overviewRoles: readonly Role[] = ['MANAGER'];
export const residencesRoles: readonly Role[] = ['MANAGER', 'COUNSELLOR'];
export const caseFileRoles: readonly Role[] = ['MANAGER', 'COUNSELLOR'];
export const auditRoles: readonly Role[] = ['MANAGER'];
export const consortiumRoles: readonly Role[] = ['CONSORTIUM_COORDINATOR'];
/** Roles whose home is the welcome page; the others start on their own page (see homePathFor). */
export const welcomeRoles: readonly Role[] = ['CONSORTIUM_COORDINATOR', 'GROUP_LEADER'];

export const navItems: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home', roles: welcomeRoles },
  { path: '/caseload', labelKey: 'nav.caseload', roles: caseloadRoles },
  { path: '/overview', labelKey: 'nav.overview', roles: overviewRoles },
  { path: '/residences', labelKey: 'nav.residences', roles: residencesRoles },
  { path: '/audit', labelKey: 'nav.audit', roles: auditRoles },
  { path: '/consortium', labelKey: 'nav.consortium', roles: consortiumRoles, comingLater: true },
];

export function navItemsFor(role: Role): NavItem[] {
  return navItems.filter((item) => !item.roles || item.roles.includes(role));
}

/** Where a role starts after signing in: counsellors on their caseload, managers on the overview. */
export function homePathFor(role: Role): string {
  if (role === 'COUNSELLOR') return '/caseload';
  if (role === 'MANAGER') return '/overview';
  return '/';
}

/** The nav item a path belongs to: exact for "/", by prefix otherwise. */
export function isNavItemActive(item: NavItem, pathname: string): boolean {
  return item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
}
