import { Role } from '@bridgeway/shared-domain';
import type { WebDomain } from '@bridgeway/web-shell';

const roles = [Role.COUNSELLOR];

/** The counsellor's caseload, where counsellors start. Pages load on demand (own chunk, own texts). */
export const caseloadDomain: WebDomain = {
  namespaces: ['caseload'],
  nav: { path: '/caseload', label: { en: 'Caseload', nb: 'Mine saker', sl: 'Moji primeri' }, roles, startFor: roles },
  routes: [{ path: '/caseload', roles, page: () => import('./caseload-page').then((m) => m.CaseloadPage) }],
};
