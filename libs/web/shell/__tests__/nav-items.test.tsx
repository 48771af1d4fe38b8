import type { WebNavEntry } from '../src/domains/web-domain';
import { isNavItemActive, navItemsFor, startPathFor } from '../src/layout/nav-items';

const label = { en: 'x', nb: 'x', sl: 'x' };
const entries: WebNavEntry[] = [
  { path: '/', label, roles: ['GROUP_LEADER'] },
  { path: '/caseload', label, roles: ['COUNSELLOR'], startFor: ['COUNSELLOR'] },
  { path: '/residences', label, roles: ['MANAGER', 'COUNSELLOR'] },
];

describe('role-aware navigation', () => {
  it('shows each role the entries of its roles, in the given order', () => {
    expect(navItemsFor(entries, 'COUNSELLOR').map((item) => item.path)).toEqual(['/caseload', '/residences']);
    expect(navItemsFor(entries, 'GROUP_LEADER').map((item) => item.path)).toEqual(['/']);
  });

  it('starts a role on the entry that names it, else on the welcome page', () => {
    expect(startPathFor(entries, 'COUNSELLOR')).toBe('/caseload');
    expect(startPathFor(entries, 'MANAGER')).toBe('/');
  });

  it('marks a section active for its sub-pages, and home only for itself', () => {
    const residences = { path: '/residences' };
    expect(isNavItemActive(residences, '/residences')).toBe(true);
    expect(isNavItemActive(residences, '/residences/closed')).toBe(true);
    expect(isNavItemActive(residences, '/residents/1')).toBe(false);
    expect(isNavItemActive({ path: '/' }, '/caseload')).toBe(false);
  });
});
