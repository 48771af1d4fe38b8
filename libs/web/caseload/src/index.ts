import { lazy } from 'react';

/** The counsellor's caseload, loaded on demand (its own chunk). */
export const CaseloadPage = lazy(() => import('./caseload-page').then((m) => ({ default: m.CaseloadPage })));
