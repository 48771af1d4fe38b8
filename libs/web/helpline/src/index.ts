import { Role } from '@bridgeway/shared-domain';
import type { WebDomain } from '@bridgeway/web-shell';

const roles = [Role.MANAGER, Role.COUNSELLOR, Role.GROUP_LEADER];

/** The relatives' helpline: quick entry during a call, the contact log, grief follow-ups. Loaded on demand. */
export const helplineDomain: WebDomain = {
  namespaces: ['helpline'],
  nav: { path: '/helpline', label: { en: 'Helpline', nb: 'Pårørendetelefon', sl: 'Telefon za svojce' }, roles },
  routes: [{ path: '/helpline', roles, page: () => import('./helpline-page').then((m) => m.HelplinePage) }],
};
