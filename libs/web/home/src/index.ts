import { ALL_ROLES, Role } from '@bridgeway/shared-domain';
import type { WebDomain } from '@bridgeway/web-shell';

/** The welcome page at `/`: the start of every role without a start page of its own. */
export const homeDomain: WebDomain = {
  namespaces: ['home'],
  nav: {
    path: '/',
    label: { en: 'Home', nb: 'Hjem', sl: 'Domov' },
    // Group leaders start on their programmes (libs/web/programmes): no second "home" for them.
    roles: [Role.CONSORTIUM_COORDINATOR],
  },
  routes: [{ path: '/', roles: ALL_ROLES, page: () => import('./home-page').then((m) => m.HomePage) }],
};
