import { ALL_ROLES } from '@bridgeway/shared-domain';
import type { Role } from '@bridgeway/web-graphql';
import { navEntriesOf, startPathFor } from '@bridgeway/web-shell';
import { allTranslations } from '@bridgeway/web-testing';
import { webDomains } from '../src/web-domains';

const nav = navEntriesOf(webDomains);

describe('the composed web domains', () => {
  // Today's menus as a floor: a new domain may add entries (without editing this test), but
  // nothing here may disappear or move to another role by accident.
  it('give each role its own menu and start page', () => {
    const menuOf = (role: Role) =>
      nav.filter((entry) => entry.roles.includes(role)).map((entry) => entry.path);
    const including = (paths: string[]) => expect.arrayContaining(paths);
    expect(menuOf('COUNSELLOR')).toEqual(including(['/caseload', '/residences']));
    expect(menuOf('MANAGER')).toEqual(including(['/overview', '/residences', '/audit', '/consortium']));
    expect(menuOf('GROUP_LEADER')).toEqual(including(['/programmes', '/helpline', '/material-support']));
    expect(menuOf('CONSORTIUM_COORDINATOR')).toEqual(including(['/', '/consortium']));
    expect(menuOf('COUNSELLOR')).not.toContain('/audit');
    expect(menuOf('COUNSELLOR')).not.toContain('/overview');
    expect(ALL_ROLES.map((role) => [role, startPathFor(nav, role)])).toEqual([
      ['CONSORTIUM_COORDINATOR', '/consortium'],
      ['MANAGER', '/overview'],
      ['COUNSELLOR', '/caseload'],
      ['GROUP_LEADER', '/programmes'],
    ]);
  });

  it('open every menu entry to the roles that see it', () => {
    const routes = webDomains.flatMap((domain) => domain.routes);
    for (const entry of nav) {
      const route = routes.find((r) => r.path === entry.path);
      if (!route) continue; // '/' is the start page of every role
      for (const role of entry.roles) expect({ path: entry.path, role, allowed: route.roles.includes(role) }).toEqual({ path: entry.path, role, allowed: true });
    }
  });

  it('claim each path once', () => {
    const paths = webDomains.flatMap((domain) => domain.routes.map((route) => route.path));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('name only namespaces that have texts', () => {
    const namespaces = Object.keys(allTranslations().en);
    for (const domain of webDomains) expect(namespaces).toEqual(expect.arrayContaining([...domain.namespaces]));
  });

  it('label their menu entries in every language', () => {
    for (const entry of nav) {
      expect(Object.values(entry.label).every((label) => label.trim() !== '')).toBe(true);
    }
  });
});
