import { renderWithProviders } from '@bridgeway/web-testing';
import { screen } from '@testing-library/react';
import { ManagerHomePage } from '../src/manager-home-page';

describe("the manager's overview", () => {
  it.each([
    ['en', 'Strategic plans'],
    ['nb', 'Strategiske planer'],
    ['sl', 'Strateški načrti'],
  ] as const)('links to the strategic plans (%s)', (language, name) => {
    // No figures answered: the link is in the page's header, whatever the sections show.
    renderWithProviders(<ManagerHomePage />, { mocks: [], route: '/overview', language });
    expect(screen.getByRole('link', { name })).toHaveAttribute('href', '/plans');
  });
});
