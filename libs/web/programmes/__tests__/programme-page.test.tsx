import type { MockLink } from '@apollo/client/testing';
import {
  ProgrammeAttendanceHistoryDocument,
  ProgrammeDetailsDocument,
  ProgrammeEnrolmentsDocument,
  type EnrolmentRowFragment,
  type MeetingSummaryFragment,
  type ProgrammeDetailsQuery,
  type Role,
} from '@bridgeway/web-graphql';
import { isoDate } from '@bridgeway/web-components';
import { renderWithProviders } from '@bridgeway/web-testing';
import { screen, within } from '@testing-library/react';
import { ProgrammePage } from '../src/programme/programme-page';
import { historyPeriod } from '../src/programme/attendance-history-section';
import { asRole } from './session';

type Programme = NonNullable<ProgrammeDetailsQuery['programme']>;

const today = new Date();
const daysAgo = (days: number) => isoDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() - days));
const sixMonthsAgo = isoDate(new Date(today.getFullYear(), today.getMonth() - 6, today.getDate()));

const hour = 60 * 60 * 1000;
const meeting = (
  id: string,
  offsetHours: number,
  overrides: Partial<MeetingSummaryFragment> = {},
): MeetingSummaryFragment => ({
  __typename: 'Meeting',
  id,
  startsAt: new Date(Date.now() + offsetHours * hour).toISOString(),
  endsAt: new Date(Date.now() + (offsetHours + 2) * hour).toISOString(),
  status: 'SCHEDULED',
  place: null,
  note: null,
  cancelReason: null,
  guestCount: 0,
  oneOff: false,
  attendanceTakenAt: null,
  version: 1,
  ...overrides,
});

const lastMeeting = meeting('m-last', -24 * 7, { status: 'HELD', guestCount: 2 });

const course: Programme = {
  __typename: 'Programme',
  id: 'p-academy',
  name: 'Academy',
  kind: 'COURSE',
  audience: 'VOLUNTEERS',
  mode: 'IN_PERSON',
  place: 'Porsgrunn',
  meetingLink: null,
  description: null,
  status: 'ACTIVE',
  startsOn: '2026-02-02',
  endsOn: null,
  goalDomains: ['WORK'],
  version: 1,
  department: { __typename: 'Department', id: 'd-por', name: 'Porsgrunn' },
  schedule: { __typename: 'ProgrammeSchedule', intervalWeeks: 1, weekday: 1, startTime: '17:00', endTime: '19:00' },
  leaders: [
    {
      __typename: 'ProgrammeLeader',
      id: 'l1',
      kind: 'STAFF',
      displayName: 'Ingrid Berg',
      userId: 'u-leader',
      memberId: null,
    },
  ],
  nextMeetings: [meeting('m-next', 48)],
  recentMeetings: [lastMeeting],
};

const enrolment = (
  id: string,
  participant: EnrolmentRowFragment['participant'],
  status: EnrolmentRowFragment['status'],
  hours: number | null,
): EnrolmentRowFragment => ({
  __typename: 'Enrolment',
  id,
  enrolledOn: '2026-02-02',
  status,
  completedOn: status === 'COMPLETED' ? '2026-05-04' : null,
  hours,
  version: 1,
  participant,
});
const enrolments = [
  enrolment(
    'e1',
    { __typename: 'Participant', id: 'r-ana', kind: 'RESIDENT', displayName: 'Ana Berg' },
    'COMPLETED',
    24,
  ),
  enrolment('e2', { __typename: 'Participant', id: 'm-bo', kind: 'MEMBER', displayName: 'Bo Dahl' }, 'ENROLLED', null),
];

const mocks: MockLink.MockedResponse[] = [
  {
    request: { query: ProgrammeDetailsDocument, variables: { id: 'p-academy', today: daysAgo(0) } },
    result: { data: { __typename: 'Query' as const, programme: course } },
  },
  {
    request: { query: ProgrammeEnrolmentsDocument, variables: { id: 'p-academy' } },
    result: {
      data: {
        __typename: 'Query' as const,
        programme: { __typename: 'Programme' as const, id: 'p-academy', enrolments },
      },
    },
  },
  {
    request: {
      query: ProgrammeAttendanceHistoryDocument,
      variables: { id: 'p-academy', from: sixMonthsAgo, to: daysAgo(0) },
    },
    result: {
      data: {
        __typename: 'Query' as const,
        programme: {
          __typename: 'Programme' as const,
          id: 'p-academy',
          attendanceHistory: [
            {
              __typename: 'MeetingAttendance' as const,
              meetingId: 'm-last',
              startsAt: lastMeeting.startsAt,
              named: 6,
              guests: 2,
            },
          ],
        },
      },
    },
  },
];

const render = (role: Role, userId?: string) =>
  renderWithProviders(asRole(role, <ProgrammePage />, userId), {
    mocks,
    route: '/programmes/p-academy',
    path: '/programmes/:programmeId',
  });

describe('ProgrammePage', () => {
  it('shows a counsellor the training register with completions and hours, residents linked to their case file', async () => {
    render('COUNSELLOR');

    expect(await screen.findByRole('heading', { level: 1, name: 'Academy' })).toBeInTheDocument();
    expect(screen.getByText('Every Monday, 17:00–19:00')).toBeInTheDocument();
    const register = await screen.findByRole('table', { name: '1 of 2 participants completed' });
    expect(within(register).getByRole('link', { name: 'Ana Berg' })).toHaveAttribute('href', '/residents/r-ana');
    expect(within(register).getByRole('button', { name: 'Edit – Bo Dahl' })).toBeInTheDocument();
    expect(within(register).getByText('24')).toBeInTheDocument();
    // Counsellors take attendance but do not plan meetings they do not lead.
    expect(screen.getByRole('link', { name: /^Attendance – / })).toHaveAttribute('href', '/meetings/m-last/attendance');
    expect(screen.queryByRole('button', { name: /^Move – / })).not.toBeInTheDocument();
    // Only managers choose the leaders.
    expect(screen.queryByRole('button', { name: 'Edit leaders' })).not.toBeInTheDocument();
    // The attendance chart's figures as a table.
    const history = await screen.findByRole('table', { name: 'Attendance per held meeting, newest first' });
    expect(within(history).getByText('8')).toBeInTheDocument();
  });

  it('lets a manager edit the leaders', async () => {
    render('MANAGER');

    expect(await screen.findByRole('heading', { level: 1, name: 'Academy' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit leaders' })).toBeInTheDocument();
  });

  it('shows the programme’s group leader names only, with the meetings to plan', async () => {
    render('GROUP_LEADER', 'u-leader');

    const register = await screen.findByRole('table', { name: '1 of 2 participants completed' });
    expect(within(register).getByText('Ana Berg')).toBeInTheDocument();
    expect(screen.queryAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('/residents'))).toEqual(
      [],
    );
    expect(within(register).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Move – / })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a one-off meeting' })).toBeInTheDocument();
  });
});

describe('historyPeriod', () => {
  it('shows the six months up to today, or up to the last day of an ended programme', () => {
    const now = new Date(2026, 11, 1, 12);
    expect(historyPeriod(null, now)).toEqual({ from: '2026-06-01', to: '2026-12-01' });
    expect(historyPeriod('2027-01-31', now)).toEqual({ from: '2026-06-01', to: '2026-12-01' });
    expect(historyPeriod('2025-11-06', now)).toEqual({ from: '2025-05-06', to: '2025-11-06' });
  });
});
