import { lazy } from 'react';

export { createI18n, type I18nOptions, type Namespace, type TranslationLoader } from './i18n/i18n';
export { supportedLanguages, type Language } from './i18n/languages';
export { ShellProviders } from './providers/shell-providers';
export type { WebDomain, WebNavEntry, WebRoute } from './domains/web-domain';
export { navEntriesOf, startPathFor } from './layout/nav-items';
export { RouteErrorPage } from './pages/route-error-page';

// Loaded on demand, each in its own chunk.
export const PublicLayout = lazy(() => import('./layout/public-layout').then((m) => ({ default: m.PublicLayout })));
export const AppLayout = lazy(() => import('./layout/app-layout').then((m) => ({ default: m.AppLayout })));
export const NotFoundPage = lazy(() => import('./pages/not-found-page').then((m) => ({ default: m.NotFoundPage })));
