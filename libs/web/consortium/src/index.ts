import { Role } from '@bridgeway/shared-domain';
import type { WebDomain } from '@bridgeway/web-shell';

/** Coordinators see their consortia; managers the consortia their organisation belongs to. */
const roles = [Role.CONSORTIUM_COORDINATOR, Role.MANAGER];

/** The consortium dashboard, where coordinators start. Pages load on demand (own chunk, own texts). */
export const consortiumDomain: WebDomain = {
  namespaces: ['consortium', 'exports'],
  nav: {
    path: '/consortium',
    label: { en: 'Consortium', nb: 'Konsortium', sl: 'Konzorcij' },
    roles,
    startFor: [Role.CONSORTIUM_COORDINATOR],
  },
  routes: [{ path: '/consortium', roles, page: () => import('./consortium-page').then((m) => m.ConsortiumPage) }],
};
