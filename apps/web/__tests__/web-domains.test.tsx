import { ALL_ROLES } from '@bridgeway/shared-domain';
import type { Role } from '@bridgeway/web-graphql';
import { navEntriesOf, startPathFor } from '@bridgeway/web-shell';
import { allTranslations } from '@bridgeway/web-testing';
import { webDomains } from '../src/web-domains';

const nav = navEntriesOf(webDomains);

describe('the composed web domains', () => {
  it('give each role its own menu and start page', () => {
    const menuOf = (role: Role) =>
      nav.filter((entry) => entry.roles.includes(role)).map((entry) => entry.path);
    expect(menuOf('COUNSELLOR')).toEqual(['/caseload', '/residences']);
    expect(menuOf('MANAGER')).toEqual(['/overview', '/residences', '/audit']);
    expect(menuOf('GROUP_LEADER')).toEqual(['/']);
    expect(menuOf('CONSORTIUM_COORDINATOR')).toEqual(['/', '/consortium']);
    expect(ALL_ROLES.map((role) => [role, startPathFor(nav, role)])).toEqual([
      ['CONSORTIUM_COORDINATOR', '/'],
      ['MANAGER', '/overview'],
      ['COUNSELLOR', '/caseload'],
      ['GROUP_LEADER', '/'],
    ]);
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
