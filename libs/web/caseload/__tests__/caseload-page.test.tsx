import { CaseloadDocument, type CaseloadResidentFragment } from '@bridgeway/web-graphql';
import { renderWithProviders } from '@bridgeway/web-testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { CaseloadPage } from '../src/caseload-page';
import { caseloadRowOf } from '../src/caseload-row';
import { isoMonthOf, todayIsoDate } from '@bridgeway/web-components';

const thisMonth = isoMonthOf(todayIsoDate());

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
  counsellingSessions: [
    { __typename: 'CounsellingSession', id: 'c1', occurredOn: `${thisMonth}-01`, durationMinutes: 45 },
    { __typename: 'CounsellingSession', id: 'c2', occurredOn: `${thisMonth}-01`, durationMinutes: 45 },
    { __typename: 'CounsellingSession', id: 'c3', occurredOn: '2020-01-10', durationMinutes: 60 },
  ],
};

const caseloadAnswer = (search: string | null, residents: CaseloadResidentFragment[]) => ({
  request: { query: CaseloadDocument, variables: { search, first: 200 } },
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
  it('sums this month’s minutes, counts open goals and finds the last contact', () => {
    expect(caseloadRowOf(ana, thisMonth)).toEqual({
      id: 'r-ana',
      name: 'Ana Novak',
      residenceName: 'Hiša Ljubljana',
      lastContact: `${thisMonth}-01`,
      openGoals: 2,
      minutesThisMonth: 90,
    });
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
