import axe from 'axe-core';
import {
  ConsortiaDocument,
  ConsortiumOverviewDocument,
  type ConsortiumPartnerFiguresFragment,
} from '@bridgeway/web-graphql';
import { renderWithProviders } from '@bridgeway/web-testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { ConsortiumPage } from '../src/consortium-page';
import { defaultPeriod, isValidPeriod } from '@bridgeway/web-components';

const period = defaultPeriod();
const most = { __typename: 'Consortium' as const, id: 'c-most', name: 'Skupnosti MOST' };
const north = { __typename: 'Consortium' as const, id: 'c-north', name: 'Nordlys' };

const figures = (
  organisation: { id: string; name: string } | null,
  values: Omit<ConsortiumPartnerFiguresFragment, '__typename' | 'organisation'>,
): ConsortiumPartnerFiguresFragment => ({
  __typename: 'PartnerFigures',
  organisation: organisation && { __typename: 'Organisation', ...organisation },
  ...values,
});

const ljubljana = figures(
  { id: 'o-lj', name: 'Most Ljubljana' },
  { residencesOpen: 2, currentResidents: 14, counsellingHours: 1234.5, peopleCounselled: 12, trainingsHeld: 3, goalsAchieved: 7 },
);
const maribor = figures(
  { id: 'o-mb', name: 'Most Maribor' },
  { residencesOpen: 1, currentResidents: null, counsellingHours: 12.5, peopleCounselled: null, trainingsHeld: 1, goalsAchieved: null },
);
const totals = figures(null, {
  residencesOpen: 3,
  currentResidents: 17,
  counsellingHours: 1247,
  peopleCounselled: 15,
  trainingsHeld: 4,
  goalsAchieved: 9,
});

const renamed = (partner: ConsortiumPartnerFiguresFragment, organisation: { id: string; name: string }) => ({
  ...partner,
  organisation: { __typename: 'Organisation' as const, ...organisation },
});

const consortiaAnswer = (consortia: (typeof most)[]) => ({
  request: { query: ConsortiaDocument },
  result: { data: { __typename: 'Query' as const, consortia } },
});

const overviewAnswer = (
  consortium: typeof most,
  range: { from: string; to: string },
  partners: ConsortiumPartnerFiguresFragment[] = [ljubljana, maribor],
) => ({
  request: { query: ConsortiumOverviewDocument, variables: { consortiumId: consortium.id, ...range } },
  result: {
    data: {
      __typename: 'Query' as const,
      consortiumOverview: { __typename: 'ConsortiumOverview' as const, consortium, partners, totals },
    },
  },
});

/** Serious and critical axe-core violations inside `container` (jsdom: no colour contrast). */
async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

const partnersTable = () => screen.findByRole('table', { name: /with the consortium’s totals/ });

describe('period', () => {
  it('defaults to the last twelve months and rejects an end before the start', () => {
    expect(defaultPeriod(new Date(2026, 10, 23))).toEqual({ from: '2025-12-01', to: '2026-11-23' });
    expect(isValidPeriod({ from: '2026-02-01', to: '2026-01-01' })).toBe(false);
  });
});

describe('ConsortiumPage', () => {
  it('shows the partners side by side with the totals, formatted per language', async () => {
    const { container } = renderWithProviders(<ConsortiumPage />, {
      mocks: [consortiaAnswer([most]), overviewAnswer(most, period)],
      route: '/consortium',
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Consortium' })).toBeInTheDocument();
    const table = await partnersTable();
    const ljubljanaRow = within(table).getByRole('rowheader', { name: 'Most Ljubljana' }).closest('tr') as HTMLElement;
    expect(within(ljubljanaRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '2',
      '14',
      '1,234.5 hrs',
      '12',
      '3',
      '7',
    ]);
    const totalsRow = screen.getByTestId('consortium-totals');
    expect(within(totalsRow).getByRole('rowheader')).toHaveTextContent('All partners');
    expect(within(totalsRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '17', '1,247 hrs', '15', '4', '9']);
    // The charts come with their figures as tables.
    expect(screen.getByRole('img', { name: /Bar chart of counselling hours per partner/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Counselling hours by partner' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'People counselled by partner' })).toBeInTheDocument();
    // One consortium: no picker, its name instead.
    expect(screen.queryByRole('combobox', { name: 'Consortium' })).not.toBeInTheDocument();
    expect(screen.getByText('Skupnosti MOST')).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('formats the figures in Norwegian and Slovenian', async () => {
    renderWithProviders(<ConsortiumPage />, {
      mocks: [consortiaAnswer([most]), overviewAnswer(most, period)],
      route: '/consortium',
      language: 'sl',
    });

    const table = await screen.findByRole('table', { name: /s skupnimi vrednostmi konzorcija/ });
    const row = within(table).getByRole('rowheader', { name: 'Most Ljubljana' }).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell')[2]).toHaveTextContent(/^1234,5\s?h$/);
    expect(screen.getByTestId('consortium-totals')).toHaveTextContent('Vsi partnerji');
  });

  it('shows suppressed people counts as “fewer than 5” and explains why', async () => {
    renderWithProviders(<ConsortiumPage />, {
      mocks: [consortiaAnswer([most]), overviewAnswer(most, period)],
      route: '/consortium',
    });

    const table = await partnersTable();
    const mariborRow = within(table).getByRole('rowheader', { name: 'Most Maribor' }).closest('tr') as HTMLElement;
    expect(within(mariborRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '1',
      'fewer than 5',
      '12.5 hrs',
      'fewer than 5',
      '1',
      'fewer than 5',
    ]);
    const peopleTable = screen.getByRole('table', { name: 'People counselled by partner' });
    expect(within(peopleTable).getByRole('row', { name: /Most Maribor/ })).toHaveTextContent('fewer than 5');
    expect(
      screen.getByText(
        'Counts of fewer than 5 people are hidden to protect privacy; one more cell may be hidden so totals cannot reveal it.',
      ),
    ).toBeInTheDocument();
  });

  it('asks again for the figures when the period changes', async () => {
    const march = { from: '2026-03-01', to: period.to };
    renderWithProviders(<ConsortiumPage />, {
      mocks: [
        consortiaAnswer([most]),
        overviewAnswer(most, period),
        overviewAnswer(most, march, [renamed(ljubljana, { id: 'o-kp', name: 'Most Koper' })]),
      ],
      route: '/consortium',
    });
    await partnersTable();

    const from = screen.getByLabelText('From');
    await userEvent.clear(from);
    await userEvent.type(from, march.from);

    expect(await screen.findByRole('rowheader', { name: 'Most Koper' }, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'Most Ljubljana' })).not.toBeInTheDocument();
  });

  it('lets a member of several consortia pick one', async () => {
    renderWithProviders(<ConsortiumPage />, {
      mocks: [
        consortiaAnswer([most, north]),
        overviewAnswer(most, period),
        overviewAnswer(north, period, [renamed(maribor, { id: 'o-no', name: 'Nordlys Hamar' })]),
      ],
      route: '/consortium',
      language: 'nb',
    });
    await screen.findByRole('rowheader', { name: 'Most Ljubljana' });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Konsortium' }), 'Nordlys');

    expect(await screen.findByRole('rowheader', { name: 'Nordlys Hamar' })).toBeInTheDocument();
    expect(screen.getAllByText('færre enn 5').length).toBeGreaterThan(0);
  });

  it('says so when the user belongs to no consortium', async () => {
    renderWithProviders(<ConsortiumPage />, { mocks: [consortiaAnswer([])], route: '/consortium' });
    expect(await screen.findByText('You do not belong to a consortium yet.')).toHaveAttribute('role', 'status');
  });
});
