import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import type { WebDomain } from '@bridgeway/web-shell';

/** The residences board: beds, who is in them, admit and discharge. Loaded on demand (own chunk, own texts). */
export const residencesDomain: WebDomain = {
  namespaces: ['residences', 'stays'],
  nav: {
    path: '/residences',
    label: { en: 'Residences', nb: 'Boliger', sl: 'Bivanjske skupnosti' },
    roles: CASE_WORKER_ROLES,
  },
  routes: [
    {
      path: '/residences',
      roles: CASE_WORKER_ROLES,
      page: () => import('./residences-board-page').then((m) => m.ResidencesBoardPage),
    },
  ],
};
