import { Role } from '@bridgeway/shared-domain';
import type { WebDomain } from '@bridgeway/web-shell';

const roles = [Role.MANAGER];

/** Managers' audit pages: pick a resident, see who looked at or changed their record; the organisation's log, filtered and exported. */
export const auditDomain: WebDomain = {
  namespaces: ['audit'],
  nav: { path: '/audit', label: { en: 'Audit trail', nb: 'Tilgangslogg', sl: 'Revizijska sled' }, roles },
  routes: [
    { path: '/audit', roles, page: () => import('./audit-residents-page').then((m) => m.AuditResidentsPage) },
    { path: '/audit/log', roles, page: () => import('./audit-log-page').then((m) => m.AuditLogPage) },
    {
      path: '/residents/:residentId/audit',
      roles,
      page: () => import('./resident-audit-page').then((m) => m.ResidentAuditPage),
    },
  ],
};
