// Test helpers for the web libraries' component tests (never imported by app code).
export { renderWithProviders, type RenderOptions } from './render-with-providers';
export { allTranslations, type AllTranslations } from './all-translations.mjs';
export { apiError } from './graphql-errors';
export { spy, type Spy } from './spy';
