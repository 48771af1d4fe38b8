import { lazy } from 'react';

// Managers' audit pages, each loaded on demand (its own chunk).
export const AuditResidentsPage = lazy(() =>
  import('./audit-residents-page').then((m) => ({ default: m.AuditResidentsPage })),
);
export const ResidentAuditPage = lazy(() =>
  import('./resident-audit-page').then((m) => ({ default: m.ResidentAuditPage })),
);
