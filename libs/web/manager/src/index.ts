import { Role } from '@bridgeway/shared-domain';
import type { WebDomain } from '@bridgeway/web-shell';

const roles = [Role.MANAGER];

/** The manager's overview with charts, where managers start. Loaded on demand (own chunk, own texts). */
export const managerDomain: WebDomain = {
  namespaces: ['manager'],
  nav: { path: '/overview', label: { en: 'Overview', nb: 'Oversikt', sl: 'Pregled' }, roles, startFor: roles },
  routes: [{ path: '/overview', roles, page: () => import('./manager-home-page').then((m) => m.ManagerHomePage) }],
};
