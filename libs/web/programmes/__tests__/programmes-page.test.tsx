import type { MockLink } from '@apollo/client/testing';
import {
  DepartmentFilterOptionsDocument,
  LeaderCandidatesDocument,
  MyMeetingsDocument,
  ProgrammesListDocument,
  type LeaderMeetingFragment,
  type ProgrammeListItemFragment,
  type Role,
} from '@bridgeway/web-graphql';
import { isoDate } from '@bridgeway/web-components';
import { renderWithProviders } from '@bridgeway/web-testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { ProgrammesPage } from '../src/list/programmes-page';
import { waitingForAttendance } from '../src/list/my-meetings';
import { asRole } from './session';

const porsgrunn = { __typename: 'Department' as const, id: 'd-por', name: 'Porsgrunn' };
const hamar = { __typename: 'Department' as const, id: 'd-ham', name: 'Hamar' };

const programme = (overrides: Partial<ProgrammeListItemFragment>): ProgrammeListItemFragment => ({
  __typename: 'Programme',
  id: 'p-main',
  name: 'Main group',
  kind: 'SUPPORT_GROUP',
  audience: 'RESIDENTS',
  mode: 'IN_PERSON',
  status: 'ACTIVE',
  department: porsgrunn,
  schedule: { __typename: 'ProgrammeSchedule', intervalWeeks: 1, weekday: 4, startTime: '18:00', endTime: '19:30' },
  nextMeetings: [],
  ...overrides,
});
const mainGroup = programme({});
const mondayMeeting = programme({
  id: 'p-monday',
  name: 'Monday meeting',
  department: hamar,
  schedule: { __typename: 'ProgrammeSchedule', intervalWeeks: 2, weekday: 1, startTime: '17:00', endTime: '18:30' },
});

const listed = (
  variables: Record<string, unknown>,
  programmes: ProgrammeListItemFragment[],
): MockLink.MockedResponse => ({
  request: { query: ProgrammesListDocument, variables },
  result: { data: { __typename: 'Query' as const, programmes } },
});

const fortnight = (() => {
  const today = new Date();
  const from = new Date(today);
  from.setDate(today.getDate() - 14);
  return { from: isoDate(from), to: isoDate(today) };
})();

const hour = 60 * 60 * 1000;
const leaderMeeting = (
  id: string,
  offsetHours: number,
  status: LeaderMeetingFragment['status'] = 'SCHEDULED',
): LeaderMeetingFragment => ({
  __typename: 'Meeting',
  id,
  startsAt: new Date(Date.now() + offsetHours * hour).toISOString(),
  endsAt: new Date(Date.now() + (offsetHours + 1.5) * hour).toISOString(),
  status,
  place: null,
  attendanceTakenAt: null,
  programme: { __typename: 'Programme', id: 'p-main', name: 'Main group', mode: 'IN_PERSON', place: 'Kirkegata 3' },
});

const myMeetings = (next: LeaderMeetingFragment[], recent: LeaderMeetingFragment[]): MockLink.MockedResponse => ({
  request: { query: MyMeetingsDocument, variables: fortnight },
  result: {
    data: {
      __typename: 'Query' as const,
      myNextMeetings: next,
      programmes: recent.length ? [{ __typename: 'Programme' as const, id: 'p-main', recentMeetings: recent }] : [],
    },
  },
});

const departments: MockLink.MockedResponse = {
  request: { query: DepartmentFilterOptionsDocument },
  result: {
    data: {
      __typename: 'Query' as const,
      departments: [
        { ...porsgrunn, status: 'ACTIVE' as const },
        { ...hamar, status: 'ACTIVE' as const },
      ],
    },
  },
};

const noLeaderCandidates: MockLink.MockedResponse = {
  request: { query: LeaderCandidatesDocument, variables: { search: null } },
  result: { data: { __typename: 'Query' as const, staff: [], members: [] } },
};

const render = (role: Role, mocks: MockLink.MockedResponse[]) =>
  renderWithProviders(asRole(role, <ProgrammesPage />), { mocks, route: '/programmes' });

describe('waitingForAttendance', () => {
  it('keeps started meetings whose attendance is not taken, newest first', () => {
    const yesterday = leaderMeeting('m-yesterday', -24);
    const lastWeek = leaderMeeting('m-last-week', -24 * 7);
    const held = leaderMeeting('m-held', -48, 'HELD');
    const cancelled = leaderMeeting('m-cancelled', -72, 'CANCELLED');
    const later = leaderMeeting('m-later', 5);
    expect(waitingForAttendance([lastWeek, held, later, cancelled, yesterday]).map((m) => m.id)).toEqual([
      'm-yesterday',
      'm-last-week',
    ]);
  });
});

describe('ProgrammesPage', () => {
  it('filters the programmes by department and kind', async () => {
    const all = { departmentId: null, kind: null, status: 'ACTIVE', mine: false };
    render('COUNSELLOR', [
      myMeetings([], []),
      departments,
      listed(all, [mainGroup, mondayMeeting]),
      listed({ ...all, departmentId: 'd-ham' }, [mondayMeeting]),
      listed({ ...all, departmentId: 'd-ham', kind: 'COURSE' }, []),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Programmes' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '2 programmes' });
    expect(within(table).getByRole('link', { name: 'Main group' })).toHaveAttribute('href', '/programmes/p-main');
    expect(within(table).getByText('Every Thursday, 18:00–19:30')).toBeInTheDocument();
    expect(within(table).getByText('Every 2 weeks on Monday, 17:00–18:30')).toBeInTheDocument();

    await screen.findByRole('option', { name: 'Hamar' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Department' }), 'd-ham');

    const filtered = await screen.findByRole('table', { name: '1 programme' });
    expect(within(filtered).getByRole('link', { name: 'Monday meeting' })).toBeInTheDocument();
    expect(within(filtered).queryByText('Main group')).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'COURSE');
    expect(await screen.findByText('No programme matches these filters.')).toBeInTheDocument();
    // Counsellors create nothing here: no "New programme".
    expect(screen.queryByRole('button', { name: 'New programme' })).not.toBeInTheDocument();
  });

  it('offers managers a "New programme" form', async () => {
    render('MANAGER', [
      myMeetings([], []),
      departments,
      noLeaderCandidates,
      listed({ departmentId: null, kind: null, status: 'ACTIVE', mine: false }, []),
    ]);

    await userEvent.click(await screen.findByRole('button', { name: 'New programme' }));

    const dialog = await screen.findByRole('dialog', { name: 'New programme' });
    expect(within(dialog).getByRole('textbox', { name: /Name/ })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create programme' }));
    expect(await within(dialog).findByText('Fill in this field.')).toBeInTheDocument();
  });

  it('is a group leader’s start: meetings to take attendance for, one tap away, and their programmes', async () => {
    render('GROUP_LEADER', [
      myMeetings(
        [leaderMeeting('m-tonight', 3), leaderMeeting('m-next-week', 24 * 7)],
        [leaderMeeting('m-yesterday', -24)],
      ),
      listed({ mine: true, status: 'ACTIVE' }, [mainGroup]),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'My groups' })).toBeInTheDocument();
    const waiting = await screen.findByRole('region', { name: 'Attendance still to take' });
    expect(within(waiting).getByRole('link', { name: 'Take attendance' })).toHaveAttribute(
      'href',
      '/meetings/m-yesterday/attendance',
    );
    const next = screen.getByRole('region', { name: 'Next meetings' });
    // Tonight's meeting can be taken already; next week's not yet (the API refuses more than a day ahead).
    expect(
      within(next)
        .getAllByRole('link', { name: 'Take attendance' })
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/meetings/m-tonight/attendance']);
    expect(within(next).getAllByTestId('meeting-next')).toHaveLength(2);
    const mine = screen.getByRole('region', { name: 'Programmes I lead' });
    expect(await within(mine).findByRole('link', { name: 'Main group' })).toBeInTheDocument();
    // No filters and no creating for group leaders.
    expect(screen.queryByRole('combobox', { name: 'Department' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New programme' })).not.toBeInTheDocument();
  });
});
