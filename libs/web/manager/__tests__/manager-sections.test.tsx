import { CounsellingTotalsDocument, GoalsByDomainDocument, OccupancyOverTimeDocument, type GoalDomain } from '@bridgeway/web-graphql';
import { renderWithProviders } from '@bridgeway/web-testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { CounsellingHoursSection } from '../src/counselling-hours-section';
import { GoalsAchievedSection } from '../src/goals-achieved-section';
import { OccupancySection } from '../src/occupancy-section';
import { occupancyPeriod } from '../src/occupancy-period';
import { defaultPeriod, isValidPeriod } from '@bridgeway/web-components';

describe('period', () => {
  it('defaults to the last twelve months and rejects an end before the start', () => {
    expect(defaultPeriod(new Date(2026, 10, 23))).toEqual({ from: '2025-12-01', to: '2026-11-23' });
    expect(isValidPeriod({ from: '2026-02-01', to: '2026-01-01' })).toBe(false);
  });

  it('asks for occupancy over at most the last 36 months of the period', () => {
    expect(occupancyPeriod({ from: '2025-12-01', to: '2026-11-23' })).toEqual({ from: '2025-12-01', to: '2026-11-23', clamped: false });
    expect(occupancyPeriod({ from: '2020-05-17', to: '2026-11-23' })).toEqual({ from: '2023-12-01', to: '2026-11-23', clamped: true });
    expect(occupancyPeriod({ from: '2024-01-01', to: '2026-12-31' })).toEqual({ from: '2024-01-01', to: '2026-12-31', clamped: false });
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

describe('OccupancySection', () => {
  it('shows occupancy at each month-end of the period as a table next to the chart', async () => {
    const period = { from: '2026-01-01', to: '2026-02-15' };
    const point = (date: string, residents: number, beds: number) => ({ __typename: 'OccupancyPoint' as const, date, residents, beds, rate: beds ? residents / beds : 0 });
    renderWithProviders(<OccupancySection period={period} />, {
      mocks: [
        {
          request: { query: OccupancyOverTimeDocument, variables: period },
          result: { data: { __typename: 'Query' as const, occupancyOverTime: [point('2026-01-31', 9, 12), point('2026-02-15', 0, 0)] } },
        },
      ],
    });

    const table = await screen.findByRole('table', { name: 'Occupancy at month ends' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('9')).toBeInTheDocument();
    expect(within(rows[0]).getByText('12')).toBeInTheDocument();
    expect(within(rows[0]).getByText('75%')).toBeInTheDocument();
    expect(within(rows[1]).getByText('—')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Line chart of occupancy/ })).toBeInTheDocument();
    expect(screen.queryByTestId('occupancy-clamped')).not.toBeInTheDocument();
  });

  it('explains that there are no beds yet instead of drawing a flat 0 % line, with a link to the residences', async () => {
    const period = { from: '2026-01-01', to: '2026-02-15' };
    const empty = (date: string) => ({ __typename: 'OccupancyPoint' as const, date, residents: 0, beds: 0, rate: 0 });
    renderWithProviders(<OccupancySection period={period} />, {
      mocks: [
        {
          request: { query: OccupancyOverTimeDocument, variables: period },
          result: { data: { __typename: 'Query' as const, occupancyOverTime: [empty('2026-01-31'), empty('2026-02-15')] } },
        },
      ],
    });

    expect(await screen.findByText('There are no beds in this period yet, so there is no occupancy to show.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set up residences and their beds on the residences board' })).toHaveAttribute('href', '/residences');
    expect(screen.queryByRole('img', { name: /Line chart of occupancy/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('folds the table behind the chart away and back (the button says which table and whether it is shown)', async () => {
    const period = { from: '2026-01-01', to: '2026-02-15' };
    renderWithProviders(<OccupancySection period={period} />, {
      mocks: [
        {
          request: { query: OccupancyOverTimeDocument, variables: period },
          result: { data: { __typename: 'Query' as const, occupancyOverTime: [{ __typename: 'OccupancyPoint' as const, date: '2026-01-31', residents: 3, beds: 4, rate: 0.75 }] } },
        },
      ],
    });

    await screen.findByRole('table', { name: 'Occupancy at month ends' });
    const hide = screen.getByRole('button', { name: 'Hide table: Occupancy at month ends' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(hide);
    expect(screen.queryByRole('table', { name: 'Occupancy at month ends' })).not.toBeInTheDocument();
    const show = screen.getByRole('button', { name: 'Show table: Occupancy at month ends' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(show).toHaveTextContent('Show table');
    await userEvent.click(show);
    expect(screen.getByRole('table', { name: 'Occupancy at month ends' })).toBeInTheDocument();
  });
});

describe('GoalsAchievedSection', () => {
  it('shows the figures the API counted for every domain, open = planned + in progress', async () => {
    const domains: GoalDomain[] = ['WORK', 'FINANCES', 'FAMILY', 'DAILY_ROUTINE', 'LIVING_SKILLS', 'SOCIAL_NETWORK', 'HEALTH', 'SOBRIETY', 'HOUSING', 'EDUCATION'];
    const summary = (domain: GoalDomain) =>
      domain === 'WORK'
        ? { planned: 2, inProgress: 3, achieved: 4, abandoned: 1, total: 10 }
        : { planned: 0, inProgress: 0, achieved: 0, abandoned: 0, total: 0 };
    const period = { from: '2026-01-01', to: '2026-06-30' };
    renderWithProviders(<GoalsAchievedSection period={period} />, {
      language: 'sl',
      mocks: [
        {
          // The page's period goes to the API: achieved and abandoned count only changes in it.
          request: { query: GoalsByDomainDocument, variables: period },
          result: {
            data: {
              __typename: 'Query' as const,
              goalsByDomain: domains.map((domain) => ({ __typename: 'GoalDomainSummary' as const, domain, ...summary(domain) })),
            },
          },
        },
      ],
    });

    const table = await screen.findByRole('table', { name: 'Cilji po področjih' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    expect(within(rows[0]).getAllByRole('cell').map((cell) => cell.textContent).slice(1)).toEqual(['4', '5', '1', '10']);
  });
});
