import { Role } from '@bridgeway/shared-domain';
import type { WebDomain } from '@bridgeway/web-shell';

/** Managers keep their organisation's plans; coordinators the plans of the consortia they coordinate. */
const roles = [Role.MANAGER, Role.CONSORTIUM_COORDINATOR];

/** Strategic plans: the editor and the progress report (live and as published). Pages load on demand. */
export const plansDomain: WebDomain = {
  namespaces: ['plans', 'exports'],
  nav: { path: '/plans', label: { en: 'Plans', nb: 'Planer', sl: 'Načrti' }, roles },
  routes: [
    { path: '/plans', roles, page: () => import('./list/plans-page').then((m) => m.PlansPage) },
    { path: '/plans/:planId', roles, page: () => import('./plan/plan-page').then((m) => m.PlanPage) },
    { path: '/plans/:planId/report', roles, page: () => import('./report/report-page').then((m) => m.ReportPage) },
    {
      path: '/plans/:planId/published/:reportId',
      roles,
      page: () => import('./report/published-report-page').then((m) => m.PublishedReportPage),
    },
  ],
};
