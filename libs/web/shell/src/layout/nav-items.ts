import type { Role } from '@bridgeway/web-graphql';

export interface NavItem {
  readonly path: string;
  readonly labelKey: 'nav.home' | 'nav.caseload' | 'nav.overview';
  /** Who sees the item; undefined = everyone. */
  readonly roles?: readonly Role[];
  /** A placeholder page: shown with a "Coming later" badge. */
  readonly comingLater?: boolean;
}

export const caseloadRoles: readonly Role[] = ['COUNSELLOR'];
export const overviewRoles: readonly Role[] = ['MANAGER', 'CONSORTIUM_COORDINATOR'];

export const navItems: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home' },
  { path: '/caseload', labelKey: 'nav.caseload', roles: caseloadRoles, comingLater: true },
  { path: '/overview', labelKey: 'nav.overview', roles: overviewRoles, comingLater: true },
];

export function navItemsFor(role: Role): NavItem[] {
  return navItems.filter((item) => !item.roles || item.roles.includes(role));
}
