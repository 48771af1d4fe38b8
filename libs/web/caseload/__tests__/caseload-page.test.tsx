import { CaseloadDocument, type CaseloadResidentFragment } from '@bridgeway/web-graphql';
import { renderWithProviders } from '@bridgeway/web-testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { CaseloadPage } from '../src/caseload-page';
import { caseloadRowOf } from '../src/caseload-row';
import { isoMonthOf, monthStartIsoDate, todayIsoDate } from '@bridgeway/web-components';

const thisMonth = isoMonthOf(todayIsoDate());
const days = { monthStart: monthStartIsoDate(), today: todayIsoDate() };

const ana: CaseloadResidentFragment = {
  __typename: 'Resident',
  id: 'r-ana',
  firstName: 'Ana',
  lastName: 'Novak',
  status: 'IN_RESIDENCE',
  currentStay: {
    __typename: 'Stay',
    id: 's1',
    residence: { __typename: 'Residence', id: 'h1', name: 'Hiša Ljubljana' },
  },
  goals: [
    { __typename: 'Goal', id: 'g1', status: 'IN_PROGRESS' },
    { __typename: 'Goal', id: 'g2', status: 'ACHIEVED' },
    { __typename: 'Goal', id: 'g3', status: 'PLANNED' },
  ],
  counsellingSessions: [{ __typename: 'CounsellingSession', id: 'c1', occurredOn: `${thisMonth}-01` }],
  minutesThisMonth: 90,
};

const caseloadAnswer = (search: string | null, residents: CaseloadResidentFragment[]) => ({
  request: { query: CaseloadDocument, variables: { search, first: 200, ...days } },
  result: {
    data: {
      __typename: 'Query' as const,
      residents: {
        __typename: 'ResidentConnection' as const,
        totalCount: residents.length,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: residents.map((node) => ({ __typename: 'ResidentEdge' as const, node })),
      },
    },
  },
});

describe('caseloadRowOf', () => {
  it('takes this month’s minutes from the API, counts open goals and takes the newest session as last contact', () => {
    expect(caseloadRowOf(ana)).toEqual({
      id: 'r-ana',
      name: 'Ana Novak',
      residenceName: 'Hiša Ljubljana',
      lastContact: `${thisMonth}-01`,
      openGoals: 2,
      minutesThisMonth: 90,
    });
    expect(caseloadRowOf({ ...ana, counsellingSessions: [], minutesThisMonth: 0 })).toMatchObject({ lastContact: null, minutesThisMonth: 0 });
  });
});

describe('CaseloadPage', () => {
  it('lists my residents with residence, open goals and hours, each linking to the case file', async () => {
    renderWithProviders(<CaseloadPage />, { mocks: [caseloadAnswer(null, [ana])], route: '/caseload' });

    expect(screen.getByRole('heading', { level: 1, name: 'Caseload' })).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'Ana Novak' });
    expect(link).toHaveAttribute('href', '/residents/r-ana');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Hiša Ljubljana')).toBeInTheDocument();
    expect(within(row).getByText('2')).toBeInTheDocument();
    expect(within(row).getByTestId('hours-this-month')).toHaveTextContent('1.5 hrs');
    expect(screen.getByTestId('caseload-total-hours')).toHaveTextContent('1.5 hrs');
  });

  it('asks the API for the minutes from the first of this month to today', async () => {
    const bob: CaseloadResidentFragment = { ...ana, id: 'r-bob', firstName: 'Bob', minutesThisMonth: 30 };
    renderWithProviders(<CaseloadPage />, { mocks: [caseloadAnswer(null, [ana, bob])], route: '/caseload' });

    await screen.findByRole('link', { name: 'Bob Novak' });
    expect(days.monthStart).toBe(`${thisMonth}-01`);
    expect(screen.getByTestId('caseload-total-hours')).toHaveTextContent('2 hrs');
  });

  it('searches by name and says when nobody matches', async () => {
    renderWithProviders(<CaseloadPage />, {
      mocks: [caseloadAnswer(null, [ana]), caseloadAnswer('zzz', [])],
      route: '/caseload',
    });
    await screen.findByRole('link', { name: 'Ana Novak' });

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search residents' }), 'zzz');

    expect(await screen.findByText('No resident in your caseload matches “zzz”.')).toBeInTheDocument();
  });

  it('shows a clear message and a working retry when the network fails', async () => {
    renderWithProviders(<CaseloadPage />, {
      mocks: [
        { ...caseloadAnswer(null, []), result: undefined, error: new TypeError('Failed to fetch') },
        caseloadAnswer(null, [ana]),
      ],
      route: '/caseload',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Bridgeway cannot be reached');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('link', { name: 'Ana Novak' })).toBeInTheDocument();
  });
});
