import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { ShellProviders, createI18n } from '@bridgeway/web-shell';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { allTranslations } from './all-translations.mjs';

export interface RenderOptions {
  /** GraphQL answers the component gets, in order of use. */
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** The URL the router starts at, e.g. `/residents/r1`. */
  route?: string;
  /** The route pattern the element is rendered for, e.g. `/residents/:residentId`. */
  path?: string;
  language?: 'en' | 'nb' | 'sl';
}

/**
 * Renders a component as the app does: theme, translations (every library's namespace,
 * at once), router and a mocked Apollo client.
 */
export function renderWithProviders(
  ui: ReactElement,
  { mocks = [], route = '/', path = '*', language = 'en' }: RenderOptions = {},
): RenderResult {
  const i18n = createI18n({ preloaded: allTranslations() });
  void i18n.changeLanguage(language);
  return render(
    <ShellProviders i18n={i18n} env="test">
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={path} element={ui} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </ShellProviders>,
  );
}
