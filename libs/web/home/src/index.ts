import { lazy } from 'react';

/** The signed-in start page, loaded on demand (its own chunk). */
export const HomePage = lazy(() => import('./home-page').then((m) => ({ default: m.HomePage })));
