import {
  MeetingAttendanceDocument,
  ParticipantSearchDocument,
  RecordAttendanceDocument,
  type AttendanceMeetingFragment,
  type ParticipantNameFragment,
} from '@bridgeway/web-graphql';
import type { MockLink } from '@apollo/client/testing';
import { apiError, renderWithProviders } from '@bridgeway/web-testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { AttendancePage } from '../src/attendance/attendance-page';
import { attendanceRows, changedEntries, savedPresent } from '../src/attendance/attendance-draft';
import { asRole } from './session';

const person = (
  id: string,
  displayName: string,
  kind: ParticipantNameFragment['kind'] = 'RESIDENT',
): ParticipantNameFragment => ({
  __typename: 'Participant',
  id,
  kind,
  displayName,
});
const ana = person('r-ana', 'Ana Berg');
const bo = person('r-bo', 'Bo Dahl');
const cato = person('m-cato', 'Cato Eik', 'MEMBER');
const dina = person('rel-dina', 'Dina Foss', 'RELATIVE');

/** Yesterday evening: a past meeting, not held yet. */
const startsAt = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
const endsAt = new Date(Date.now() - 23 * 60 * 60 * 1000).toISOString();

const meeting = (overrides: Partial<AttendanceMeetingFragment> = {}): AttendanceMeetingFragment => ({
  __typename: 'Meeting',
  id: 'm1',
  startsAt,
  endsAt,
  status: 'SCHEDULED',
  cancelReason: null,
  place: null,
  guestCount: 0,
  attendanceTakenAt: null,
  version: 1,
  programme: {
    __typename: 'Programme',
    id: 'p1',
    name: 'Main group',
    mode: 'IN_PERSON',
    place: 'Porsgrunn',
    meetingLink: null,
  },
  expected: [bo, ana, cato],
  attendance: [],
  ...overrides,
});

const loaded = (value: AttendanceMeetingFragment) => ({
  request: { query: MeetingAttendanceDocument, variables: { id: 'm1' } },
  result: { data: { __typename: 'Query' as const, meeting: value } },
});

const render = (mocks: ReadonlyArray<MockLink.MockedResponse>) =>
  renderWithProviders(asRole('GROUP_LEADER', <AttendancePage />), {
    mocks,
    route: '/meetings/m1/attendance',
    path: '/meetings/:meetingId/attendance',
  });

const tick = (name: string) => screen.getByRole('checkbox', { name });

describe('attendance rows and entries', () => {
  it('lists the expected, the recorded and the added once each, by name', () => {
    const rows = attendanceRows(
      meeting({ attendance: [{ __typename: 'AttendanceEntry', present: true, participant: dina }] }),
      [cato],
    );
    expect(rows.map((row) => row.displayName)).toEqual(['Ana Berg', 'Bo Dahl', 'Cato Eik', 'Dina Foss']);
  });

  it('sends only what changed: new ticks as present, removed saved ticks as not present', () => {
    const saved = savedPresent(
      meeting({
        attendance: [
          { __typename: 'AttendanceEntry', present: true, participant: ana },
          { __typename: 'AttendanceEntry', present: false, participant: bo },
        ],
      }),
    );
    const rows = [ana, bo, cato];
    expect(changedEntries(rows, new Set(['RESIDENT:r-bo', 'MEMBER:m-cato']), saved)).toEqual([
      { participantId: 'r-ana', kind: 'RESIDENT', present: false },
      { participantId: 'r-bo', kind: 'RESIDENT', present: true },
      { participantId: 'm-cato', kind: 'MEMBER', present: true },
    ]);
    expect(changedEntries(rows, saved, saved)).toEqual([]);
  });
});

describe('AttendancePage', () => {
  it('saves the ticked participants and the guest count in one mutation and confirms it', async () => {
    let calls = 0;
    const saved = meeting({
      status: 'HELD',
      guestCount: 2,
      attendanceTakenAt: new Date().toISOString(),
      version: 2,
      attendance: [
        { __typename: 'AttendanceEntry', present: true, participant: ana },
        { __typename: 'AttendanceEntry', present: true, participant: cato },
      ],
    });
    render([
      loaded(meeting()),
      {
        request: {
          query: RecordAttendanceDocument,
          variables: {
            input: {
              meetingId: 'm1',
              entries: [
                { participantId: 'r-ana', kind: 'RESIDENT', present: true },
                { participantId: 'm-cato', kind: 'MEMBER', present: true },
              ],
              guestCount: 2,
            },
          },
        },
        result: () => {
          calls += 1;
          return { data: { __typename: 'Mutation' as const, recordAttendance: saved } };
        },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Attendance: Main group' })).toBeInTheDocument();
    // The expected people, by name, none ticked yet; nothing else of them (no links anywhere near).
    const list = screen.getByRole('list', { name: 'Participants' });
    expect(within(list).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(list).queryAllByRole('link')).toEqual([]);
    expect(tick('Ana Berg')).not.toBeChecked();

    await userEvent.click(tick('Ana Berg'));
    await userEvent.click(tick('Cato Eik'));
    await userEvent.click(screen.getByRole('button', { name: 'One guest more' }));
    await userEvent.click(screen.getByRole('button', { name: 'One guest more' }));
    expect(screen.getByRole('textbox', { name: 'Guests' })).toHaveValue('2');
    await userEvent.click(screen.getByRole('button', { name: 'Save attendance' }));

    expect(await screen.findByText('2 people present and 2 guests.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Attendance saved');
    expect(calls).toBe(1);
    expect(tick('Ana Berg')).toBeChecked();
    expect(tick('Bo Dahl')).not.toBeChecked();
  });

  it('opens with the saved ticks and guests, and sends only the correction', async () => {
    const before = meeting({
      status: 'HELD',
      guestCount: 3,
      attendanceTakenAt: startsAt,
      attendance: [{ __typename: 'AttendanceEntry', present: true, participant: ana }],
    });
    render([
      loaded(before),
      {
        request: {
          query: RecordAttendanceDocument,
          // Guests unchanged: left out, so a count saved meanwhile by someone else stays.
          variables: {
            input: { meetingId: 'm1', entries: [{ participantId: 'r-ana', kind: 'RESIDENT', present: false }] },
          },
        },
        result: {
          data: {
            __typename: 'Mutation' as const,
            recordAttendance: {
              ...before,
              attendance: [{ __typename: 'AttendanceEntry' as const, present: false, participant: ana }],
            },
          },
        },
      },
    ]);

    expect(await screen.findByRole('checkbox', { name: 'Ana Berg' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Guests' })).toHaveValue('3');
    await userEvent.click(tick('Ana Berg'));
    await userEvent.click(screen.getByRole('button', { name: 'Save attendance' }));

    expect(await screen.findByText('0 people present and 3 guests.')).toBeInTheDocument();
  });

  it('shows what the API refused and keeps the ticks', async () => {
    render([
      loaded(meeting()),
      {
        request: {
          query: RecordAttendanceDocument,
          variables: {
            input: { meetingId: 'm1', entries: [{ participantId: 'r-bo', kind: 'RESIDENT', present: true }] },
          },
        },
        result: { errors: [apiError('FORBIDDEN')] },
      },
    ]);

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Bo Dahl' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save attendance' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Not allowed for your role');
    expect(tick('Bo Dahl')).toBeChecked();
  });

  it('adds someone who is not on the list, ticked', async () => {
    render([
      loaded(meeting()),
      {
        request: { query: ParticipantSearchDocument, variables: { programmeId: 'p1', search: 'Di' } },
        result: { data: { __typename: 'Query' as const, participantSearch: [dina, ana] } },
      },
    ]);

    await userEvent.type(await screen.findByRole('searchbox', { name: 'Add a participant' }), 'Di');
    // Ana is on the list already: only Dina is offered.
    const found = await screen.findByRole('list', { name: 'People found' });
    expect(
      within(found)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Add Dina Foss']);
    await userEvent.click(within(found).getByRole('button', { name: 'Add Dina Foss' }));

    expect(tick('Dina Foss')).toBeChecked();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Who came (1 ticked)');
  });

  it('takes no attendance for a cancelled meeting', async () => {
    render([loaded(meeting({ status: 'CANCELLED', cancelReason: 'Leader ill' }))]);

    expect(await screen.findByText('Leader ill')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save attendance' })).not.toBeInTheDocument();
  });
});
