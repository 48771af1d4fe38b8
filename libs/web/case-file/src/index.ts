import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import type { WebDomain } from '@bridgeway/web-shell';

/** A resident's case file (reached from the caseload and the residences board, so no menu entry). */
export const caseFileDomain: WebDomain = {
  namespaces: ['case-file', 'stays', 'exports'],
  routes: [
    {
      path: '/residents/:residentId',
      roles: CASE_WORKER_ROLES,
      page: () => import('./case-file-page').then((m) => m.CaseFilePage),
    },
  ],
};
