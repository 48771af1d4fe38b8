import type { Role } from '@bridgeway/web-graphql';
import type { WebDomain, WebNavEntry } from '../domains/web-domain';

/** The navigation entries of the domains, in the order the app lists the domains. */
export function navEntriesOf(domains: readonly WebDomain[]): WebNavEntry[] {
  return domains.flatMap((domain) => (domain.nav ? [domain.nav] : []));
}

export function navItemsFor(entries: readonly WebNavEntry[], role: Role): WebNavEntry[] {
  return entries.filter((entry) => entry.roles.includes(role));
}

/** Where a role lands after signing in: the entry that is its start page, else the welcome page `/`. */
export function startPathFor(entries: readonly WebNavEntry[], role: Role): string {
  return entries.find((entry) => entry.startFor?.includes(role))?.path ?? '/';
}

/** The nav item a path belongs to: exact for "/", by prefix otherwise. */
export function isNavItemActive(item: Pick<WebNavEntry, 'path'>, pathname: string): boolean {
  return item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
}
