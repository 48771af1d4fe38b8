import { lazy } from 'react';

export { createI18n } from './i18n/i18n';
export { ShellProviders } from './providers/shell-providers';
export {
  auditRoles,
  caseFileRoles,
  caseloadRoles,
  consortiumRoles,
  homePathFor,
  overviewRoles,
  residencesRoles,
} from './layout/nav-items';
export { RouteErrorPage } from './pages/route-error-page';
export type { ComingLaterFeature } from './pages/coming-later-page';

// Loaded on demand, each in its own chunk.
export const PublicLayout = lazy(() => import('./layout/public-layout').then((m) => ({ default: m.PublicLayout })));
export const AppLayout = lazy(() => import('./layout/app-layout').then((m) => ({ default: m.AppLayout })));
export const ComingLaterPage = lazy(() =>
  import('./pages/coming-later-page').then((m) => ({ default: m.ComingLaterPage })),
);
export const NotFoundPage = lazy(() => import('./pages/not-found-page').then((m) => ({ default: m.NotFoundPage })));
