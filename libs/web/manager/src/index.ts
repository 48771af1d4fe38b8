import { lazy } from 'react';

/** The manager's home page with charts, loaded on demand (its own chunk). */
export const ManagerHomePage = lazy(() => import('./manager-home-page').then((m) => ({ default: m.ManagerHomePage })));
