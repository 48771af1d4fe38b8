import { CounsellingTotalsDocument } from '@bridgeway/web-graphql';
import { renderWithProviders } from '@bridgeway/web-testing';
import { screen } from '@testing-library/react';
import { CounsellingHoursSection } from '../src/counselling-hours-section';
import { goalFiguresByDomain } from '../src/goals-by-domain';
import { defaultPeriod, isValidPeriod } from '../src/period';

describe('goalFiguresByDomain', () => {
  it('counts achieved, open and all goals for every domain', () => {
    const rows = goalFiguresByDomain([
      { domain: 'WORK', status: 'ACHIEVED' },
      { domain: 'WORK', status: 'IN_PROGRESS' },
      { domain: 'WORK', status: 'ABANDONED' },
      { domain: 'HEALTH', status: 'PLANNED' },
    ]);
    expect(rows).toHaveLength(10);
    expect(rows.find((row) => row.domain === 'WORK')).toEqual({ domain: 'WORK', achieved: 1, open: 1, total: 3 });
    expect(rows.find((row) => row.domain === 'HEALTH')).toEqual({ domain: 'HEALTH', achieved: 0, open: 1, total: 1 });
  });
});

describe('period', () => {
  it('defaults to the last twelve months and rejects an end before the start', () => {
    expect(defaultPeriod(new Date(2026, 10, 23))).toEqual({ from: '2025-12-01', to: '2026-11-23' });
    expect(isValidPeriod({ from: '2026-02-01', to: '2026-01-01' })).toBe(false);
  });
});

describe('CounsellingHoursSection', () => {
  it('shows the hours by month and by counsellor as tables next to the charts', async () => {
    const period = { from: '2026-01-01', to: '2026-03-31' };
    renderWithProviders(<CounsellingHoursSection period={period} />, {
      language: 'nb',
      mocks: [
        {
          request: { query: CounsellingTotalsDocument, variables: period },
          result: {
            data: {
              __typename: 'Query' as const,
              counsellingTotals: {
                __typename: 'CounsellingTotals' as const,
                totalMinutes: 270,
                totalHours: 4.5,
                byCounsellor: [
                  {
                    __typename: 'CounsellorMinutes' as const,
                    counsellor: { __typename: 'User' as const, id: 'u1', displayName: 'Maja Novak' },
                    minutes: 180,
                    sessions: 4,
                  },
                  {
                    __typename: 'CounsellorMinutes' as const,
                    counsellor: { __typename: 'User' as const, id: 'u2', displayName: 'Tomaž Kranjc' },
                    minutes: 90,
                    sessions: 2,
                  },
                ],
                byMonth: [
                  { __typename: 'MonthMinutes' as const, month: '2026-01', minutes: 90, sessions: 2 },
                  { __typename: 'MonthMinutes' as const, month: '2026-02', minutes: 180, sessions: 4 },
                ],
              },
            },
          },
        },
      ],
    });

    expect(await screen.findByRole('table', { name: 'Veiledningstimer per veileder' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Veiledningstimer per måned' })).toBeInTheDocument();
    expect(screen.getByText('Maja Novak')).toBeInTheDocument();
    expect(screen.getByText('4,5 t veiledning i perioden.')).toBeInTheDocument();
  });
});
