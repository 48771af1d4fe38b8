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
    { __typename: 'Goal', id: 'g1', status: 'IN_PROGRESS', targetDate: null },
    { __typename: 'Goal', id: 'g2', status: 'ACHIEVED', targetDate: '2020-01-01' },
    { __typename: 'Goal', id: 'g3', status: 'PLANNED', targetDate: '2099-12-31' },
  ],
  counsellingSessions: [{ __typename: 'CounsellingSession', id: 'c1', occurredOn: `${thisMonth}-01`, withdrawn: false }],
  minutesThisMonth: 90,
  latestBarc10: [],
};

/** The resident's link in the table (the "needs attention" card links to case files too). */
const rowLink = async (name: string) => within(await screen.findByRole('table')).findByRole('link', { name });

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
    expect(caseloadRowOf(ana, `${thisMonth}-11`)).toEqual({
      id: 'r-ana',
      name: 'Ana Novak',
      status: 'IN_RESIDENCE',
      residenceId: 'h1',
      residenceName: 'Hiša Ljubljana',
      lastContact: `${thisMonth}-01`,
      daysSinceContact: 10,
      openGoals: 2,
      overdueGoals: 0,
      minutesThisMonth: 90,
      lastBarc10: null,
    });
    expect(caseloadRowOf({ ...ana, counsellingSessions: [], minutesThisMonth: 0 })).toMatchObject({ lastContact: null, minutesThisMonth: 0 });
    // A withdrawn session (logged by mistake) is no contact: the newest one not withdrawn counts.
    const withdrawnFirst = [
      { __typename: 'CounsellingSession' as const, id: 'c2', occurredOn: `${thisMonth}-05`, withdrawn: true },
      ...ana.counsellingSessions,
    ];
    expect(caseloadRowOf({ ...ana, counsellingSessions: withdrawnFirst })).toMatchObject({ lastContact: `${thisMonth}-01` });
  });
});

describe('CaseloadPage', () => {
  it('lists my residents with residence, open goals and hours, each linking to the case file', async () => {
    renderWithProviders(<CaseloadPage />, { mocks: [caseloadAnswer(null, [ana])], route: '/caseload' });

    expect(screen.getByRole('heading', { level: 1, name: 'Caseload' })).toBeInTheDocument();
    const link = await rowLink('Ana Novak');
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

    await rowLink('Bob Novak');
    expect(days.monthStart).toBe(`${thisMonth}-01`);
    expect(screen.getByTestId('caseload-total-hours')).toHaveTextContent('2 hrs');
  });

  it('searches by name and says when nobody matches', async () => {
    renderWithProviders(<CaseloadPage />, {
      mocks: [caseloadAnswer(null, [ana]), caseloadAnswer('zzz', [])],
      route: '/caseload',
    });
    await rowLink('Ana Novak');

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

    expect(await rowLink('Ana Novak')).toBeInTheDocument();
  });
});

describe('what needs attention on the caseload', () => {
  const thirtyDaysAgo = todayIsoDate(new Date(Date.now() - 30 * 24 * 60 * 60 * 1000));
  // Cora: open goal past its target date, seen 30 days ago, not in a residence, in follow-up.
  const cora: CaseloadResidentFragment = {
    ...ana,
    id: 'r-cora',
    firstName: 'Cora',
    lastName: 'Zupan',
    status: 'FOLLOW_UP',
    currentStay: null,
    goals: [
      { __typename: 'Goal', id: 'g9', status: 'IN_PROGRESS', targetDate: '2020-01-01' },
      { __typename: 'Goal', id: 'g10', status: 'ABANDONED', targetDate: '2020-01-01' },
    ],
    counsellingSessions: [{ __typename: 'CounsellingSession', id: 'c9', occurredOn: thirtyDaysAgo, withdrawn: false }],
    minutesThisMonth: 0,
    latestBarc10: [{ __typename: 'Assessment', id: 'a1', takenOn: '2025-12-01' }],
  };
  const rowNames = () => screen.getAllByTestId('caseload-row').map((row) => within(row).getByRole('link').textContent);

  beforeEach(() => window.localStorage.clear());

  it('counts days since contact and open goals past their target date', () => {
    expect(caseloadRowOf({ ...cora, counsellingSessions: [{ ...cora.counsellingSessions[0], occurredOn: '2026-01-01' }] }, '2026-01-31')).toMatchObject({
      daysSinceContact: 30,
      openGoals: 1,
      overdueGoals: 1,
      residenceId: null,
      lastBarc10: '2025-12-01',
    });
  });

  it('flags overdue goals and contact older than the threshold, which the counsellor can change', async () => {
    const recent = { ...ana, counsellingSessions: [{ __typename: 'CounsellingSession' as const, id: 'c1', occurredOn: days.today, withdrawn: false }] };
    renderWithProviders(<CaseloadPage />, { mocks: [caseloadAnswer(null, [recent, cora])], route: '/caseload' });
    const coraRow = (await rowLink('Cora Zupan')).closest('tr') as HTMLElement;
    const anaRow = within(screen.getByRole('table')).getByRole('link', { name: 'Ana Novak' }).closest('tr') as HTMLElement;

    expect(within(coraRow).getByTestId('overdue-flag')).toHaveTextContent('1 overdue');
    expect(within(coraRow).getByTestId('contact-flag')).toHaveTextContent('Contact overdue');
    expect(within(anaRow).queryByTestId('overdue-flag')).not.toBeInTheDocument();
    expect(within(anaRow).queryByTestId('contact-flag')).not.toBeInTheDocument();

    // Seen 30 days ago: flagged past the default 14 days, not past 60; the setting is kept on the device.
    const threshold = screen.getByRole('textbox', { name: /Flag after days without contact/ });
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '60');
    expect(within(coraRow).queryByTestId('contact-flag')).not.toBeInTheDocument();
    expect(window.localStorage.getItem('bridgeway.caseload.contactThresholdDays')).toBe('60');
  });

  it('sorts by a column and filters by status and residence', async () => {
    renderWithProviders(<CaseloadPage />, { mocks: [caseloadAnswer(null, [cora, ana])], route: '/caseload' });
    await rowLink('Cora Zupan');
    expect(rowNames()).toEqual(['Ana Novak', 'Cora Zupan']);

    await userEvent.click(screen.getByRole('button', { name: /Resident/ }));
    expect(rowNames()).toEqual(['Cora Zupan', 'Ana Novak']);
    expect(screen.getByRole('columnheader', { name: /Resident/ })).toHaveAttribute('aria-sort', 'descending');

    await userEvent.click(screen.getByRole('button', { name: /Open goals/ }));
    expect(rowNames()).toEqual(['Cora Zupan', 'Ana Novak']);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'FOLLOW_UP');
    expect(rowNames()).toEqual(['Cora Zupan']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), '');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Residence' }), 'h1');
    expect(rowNames()).toEqual(['Ana Novak']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'CLOSED');
    expect(screen.getByText('No resident matches these filters.')).toBeInTheDocument();
  });
});

describe('the caseload on a phone', () => {
  const original = window.matchMedia;
  beforeEach(() => {
    // A 390 px wide screen: every max-width query of the page matches.
    window.matchMedia = ((query: string) => ({ ...original(query), matches: query.includes('max-width') })) as typeof window.matchMedia;
  });
  afterEach(() => {
    window.matchMedia = original;
  });

  it('shows one card per resident with the same facts instead of the table', async () => {
    renderWithProviders(<CaseloadPage />, { mocks: [caseloadAnswer(null, [ana])], route: '/caseload' });

    const link = await within(await screen.findByRole('list', { name: 'Your residents' })).findByRole('link', { name: 'Ana Novak' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const card = screen.getByTestId('caseload-card');
    expect(card).toContainElement(link);
    expect(within(card).getByText('Hiša Ljubljana')).toBeInTheDocument();
    expect(within(card).getByText('In a residence')).toBeInTheDocument();
    expect(within(card).getByText('1.5 hrs')).toBeInTheDocument();
    expect(within(card).getByText('2')).toBeInTheDocument();
  });
});
