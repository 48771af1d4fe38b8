import { homePathFor, isNavItemActive, navItemsFor } from '../src/layout/nav-items';

describe('role-aware navigation', () => {
  it('gives each role its own pages', () => {
    expect(navItemsFor('COUNSELLOR').map((item) => item.path)).toEqual(['/caseload', '/residences']);
    expect(navItemsFor('MANAGER').map((item) => item.path)).toEqual(['/overview', '/residences', '/audit']);
    expect(navItemsFor('GROUP_LEADER').map((item) => item.path)).toEqual(['/']);
    expect(navItemsFor('CONSORTIUM_COORDINATOR').map((item) => item.path)).toEqual(['/', '/consortium']);
  });

  it('starts counsellors on their caseload and managers on the overview', () => {
    expect(homePathFor('COUNSELLOR')).toBe('/caseload');
    expect(homePathFor('MANAGER')).toBe('/overview');
    expect(homePathFor('GROUP_LEADER')).toBe('/');
  });

  it('marks a section active for its sub-pages, and home only for itself', () => {
    const residences = { path: '/residences', labelKey: 'nav.residences' } as const;
    expect(isNavItemActive(residences, '/residences')).toBe(true);
    expect(isNavItemActive(residences, '/residences/closed')).toBe(true);
    expect(isNavItemActive(residences, '/residents/1')).toBe(false);
    expect(isNavItemActive({ path: '/', labelKey: 'nav.home' }, '/caseload')).toBe(false);
  });
});
