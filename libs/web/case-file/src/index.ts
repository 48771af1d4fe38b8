import { lazy } from 'react';

/** A resident's case file, loaded on demand (its own chunk). */
export const CaseFilePage = lazy(() => import('./case-file-page').then((m) => ({ default: m.CaseFilePage })));
