import { Role } from '@bridgeway/shared-domain';
import type { WebDomain } from '@bridgeway/web-shell';

const roles = [Role.MANAGER, Role.COUNSELLOR, Role.GROUP_LEADER];

/** Material support (food parcels, clothing, transport): the record form and the log. Loaded on demand. */
export const materialSupportDomain: WebDomain = {
  namespaces: ['material-support'],
  nav: {
    path: '/material-support',
    label: { en: 'Material support', nb: 'Materiell støtte', sl: 'Materialna pomoč' },
    roles,
  },
  routes: [
    {
      path: '/material-support',
      roles,
      page: () => import('./material-support-page').then((m) => m.MaterialSupportPage),
    },
  ],
};
