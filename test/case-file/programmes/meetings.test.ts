import { graphql, ok, refused } from '../../support/api.js';
import { addMeeting, createMember, createProgramme, createRelative, createResident, recordAttendance } from '../../support/factories.js';
import { auditOf, ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { addDays, onOsloTime, osloDay, osloTime, programmeInput, storedMeetings } from './programme-fixtures.js';

const ADD = graphql(`mutation AddMeeting($input: AddMeetingInput!) { addMeeting(input: $input) { id startsAt endsAt status place note oneOff guestCount attendanceTakenAt cancelReason version programme { id } } }`);
const MOVE = graphql(`mutation MoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id startsAt endsAt place version } }`);
const CANCEL = graphql(`mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) { cancelMeeting(id: $id, version: $version, reason: $reason) { id status cancelReason version } }`);
const RECORD = graphql(`mutation RecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status guestCount attendanceTakenAt attendance { present participant { id kind displayName } } } }`);
const MEETING = graphql(`query Meeting($id: ID!) { meeting(id: $id) { id status guestCount attendance { present participant { id kind displayName } } expected { id kind displayName } } }`);
const PROGRAMME_MEETINGS = graphql(`query ProgrammeMeetings($id: ID!, $from: Date, $to: Date, $first: Int, $hFrom: Date!, $hTo: Date!) {
  programme(id: $id) { meetings(from: $from, to: $to, first: $first) { id startsAt } attendanceHistory(from: $hFrom, to: $hTo) { meetingId startsAt named guests } }
}`);
const MY_NEXT = graphql(`query MyNextMeetings { myNextMeetings(first: 50) { id programme { id } } }`);

describe('meetings and attendance', () => {
  let { owner, api, a, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('meetings', (suite) => ({ owner, api, a, ta, tb } = suite));
  beforeAll(() => onOsloTime(owner, a.id));

  const yesterday = () => addDays(osloDay(), -1);
  const ledProgramme = () => createProgramme(api, ta.MANAGER, programmeInput({ place: 'Hall', leaderUserIds: [a.users.GROUP_LEADER.id] }));

  it('adds a one-off meeting (a manager, or a leader of the programme), audited; others get NOT_FOUND or FORBIDDEN', async () => {
    const programme = await ledProgramme();
    const input = { programmeId: programme.id, startsAt: osloTime(yesterday(), '18:00'), endsAt: osloTime(yesterday(), '19:30'), place: 'Garden', note: 'Summer party' };
    const meeting = ok(await api.gql(ADD, { input }, { token: ta.MANAGER })).addMeeting;
    expect(meeting).toEqual({ id: expect.any(String), startsAt: input.startsAt, endsAt: input.endsAt, place: 'Garden', note: 'Summer party', status: 'SCHEDULED', oneOff: true, guestCount: 0, attendanceTakenAt: null, cancelReason: null, version: 1, programme: { id: programme.id } });
    expect(await auditOf(owner, a.id, { action: 'CREATE', entityType: 'Meeting', entityId: meeting.id })).toHaveLength(1);
    ok(await api.gql(ADD, { input }, { token: ta.GROUP_LEADER }));
    const notLed = await createProgramme(api, ta.MANAGER, programmeInput());
    refused(await api.gql(ADD, { input: { ...input, programmeId: notLed.id } }, { token: ta.GROUP_LEADER }), 'NOT_FOUND');
    refused(await api.gql(ADD, { input }, { token: ta.COUNSELLOR }), 'FORBIDDEN');
    const backwards = refused(await api.gql(ADD, { input: { ...input, endsAt: input.startsAt } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(Object.keys(backwards.fields)).toEqual(['endsAt']);
    expect(await storedMeetings(owner, a.id, notLed.id)).toEqual([]);
  });

  it('moves and cancels meetings with their version (CONFLICT when stale), audited MOVE and CANCEL; a held meeting is not cancelled', async () => {
    const programme = await ledProgramme();
    const day = addDays(osloDay(), 10);
    const meeting = await addMeeting(api, ta.MANAGER, { programmeId: programme.id, startsAt: osloTime(day, '18:00'), endsAt: osloTime(day, '19:00') });
    const moved = ok(await api.gql(MOVE, { input: { id: meeting.id, version: 1, startsAt: osloTime(day, '17:00'), endsAt: osloTime(day, '18:30'), place: 'Library' } }, { token: ta.GROUP_LEADER })).moveMeeting;
    expect(moved).toEqual({ id: meeting.id, startsAt: osloTime(day, '17:00'), endsAt: osloTime(day, '18:30'), place: 'Library', version: 2 });
    expect(refused(await api.gql(MOVE, { input: { id: meeting.id, version: 1, startsAt: osloTime(day, '16:00'), endsAt: osloTime(day, '17:00') } }, { token: ta.MANAGER }), 'CONFLICT').extensions.reason).toBe('VERSION_MISMATCH');
    expect(await auditOf(owner, a.id, { action: 'MOVE', entityId: meeting.id })).toEqual([expect.objectContaining({ details: { from: osloTime(day, '18:00'), to: osloTime(day, '17:00') } })]);

    expect(Object.keys(refused(await api.gql(CANCEL, { id: meeting.id, version: 2, reason: ' ' }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['reason']);
    const cancelled = ok(await api.gql(CANCEL, { id: meeting.id, version: 2, reason: 'Snow storm' }, { token: ta.GROUP_LEADER })).cancelMeeting;
    expect(cancelled).toEqual({ id: meeting.id, status: 'CANCELLED', cancelReason: 'Snow storm', version: 3 });
    expect(await auditOf(owner, a.id, { action: 'CANCEL', entityId: meeting.id })).toHaveLength(1);
    expect(Object.keys(refused(await api.gql(MOVE, { input: { id: meeting.id, version: 3, startsAt: osloTime(day, '16:00'), endsAt: osloTime(day, '17:00') } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['id']);

    const held = await addMeeting(api, ta.MANAGER, { programmeId: programme.id, startsAt: osloTime(yesterday(), '10:00'), endsAt: osloTime(yesterday(), '11:00') });
    await recordAttendance(api, ta.GROUP_LEADER, { meetingId: held.id, entries: [], guestCount: 4 });
    expect(Object.keys(refused(await api.gql(CANCEL, { id: held.id, version: 2, reason: 'Too late' }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['id']);
  });

  it('records attendance per participant and guests; the meeting becomes HELD; participants left out are untouched; audited per resident', async () => {
    const programme = await ledProgramme();
    const meeting = await addMeeting(api, ta.MANAGER, { programmeId: programme.id, startsAt: osloTime(yesterday(), '18:00'), endsAt: osloTime(yesterday(), '19:00') });
    const resident = await createResident(api, ta.MANAGER, { firstName: 'Ana', lastName: 'Attendee' });
    const relative = await createRelative(api, ta.MANAGER, { firstName: 'Bo', lastName: 'Relative' });
    const member = await createMember(api, ta.MANAGER, { firstName: 'Cy', lastName: 'Member', kind: 'VOLUNTEER' });
    const entries = [
      { participantId: resident.id, kind: 'RESIDENT' as const, present: true },
      { participantId: relative.id, kind: 'RELATIVE' as const, present: true },
      { participantId: member.id, kind: 'MEMBER' as const, present: false },
    ];
    const first = ok(await api.gql(RECORD, { input: { meetingId: meeting.id, entries, guestCount: 3 } }, { token: ta.GROUP_LEADER })).recordAttendance;
    expect(first).toMatchObject({ id: meeting.id, status: 'HELD', guestCount: 3, attendanceTakenAt: expect.any(String) });
    expect(first.attendance).toEqual([
      { present: true, participant: { id: resident.id, kind: 'RESIDENT', displayName: 'Ana Attendee' } },
      { present: true, participant: { id: relative.id, kind: 'RELATIVE', displayName: 'Bo Relative' } },
      { present: false, participant: { id: member.id, kind: 'MEMBER', displayName: 'Cy Member' } },
    ]);
    // A second save: the member came after all; nobody else is touched, the guests stay when not given.
    const second = ok(await api.gql(RECORD, { input: { meetingId: meeting.id, entries: [{ participantId: member.id, kind: 'MEMBER', present: true }] } }, { token: ta.COUNSELLOR })).recordAttendance;
    expect(second.guestCount).toBe(3);
    expect(second.attendance.map((e) => e.present)).toEqual([true, true, true]);
    const rows = await auditOf(owner, a.id, { action: 'TAKE_ATTENDANCE', entityId: meeting.id });
    expect(rows.map((r) => r.residentId)).toEqual([resident.id, null]);
    expect(rows.map((r) => r.userId)).toEqual([a.users.GROUP_LEADER.id, a.users.COUNSELLOR.id]);
  });

  it('refuses attendance for a cancelled meeting, one more than a day ahead, twice the same participant, and another organisation’s participant (nothing written)', async () => {
    const programme = await ledProgramme();
    const resident = await createResident(api, ta.MANAGER, { firstName: 'Rita', lastName: 'Refused' });
    const ahead = await addMeeting(api, ta.MANAGER, { programmeId: programme.id, startsAt: osloTime(addDays(osloDay(), 3), '18:00'), endsAt: osloTime(addDays(osloDay(), 3), '19:00') });
    const past = await addMeeting(api, ta.MANAGER, { programmeId: programme.id, startsAt: osloTime(yesterday(), '18:00'), endsAt: osloTime(yesterday(), '19:00') });
    const entry = { participantId: resident.id, kind: 'RESIDENT' as const, present: true };
    expect(Object.keys(refused(await api.gql(RECORD, { input: { meetingId: ahead.id, entries: [entry] } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['meetingId']);
    expect(Object.keys(refused(await api.gql(RECORD, { input: { meetingId: past.id, entries: [entry, entry] } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['entries']);
    const bResident = await createResident(api, tb.MANAGER, { firstName: 'Other', lastName: 'Tenant' });
    refused(await api.gql(RECORD, { input: { meetingId: past.id, entries: [entry, { participantId: bResident.id, kind: 'RESIDENT', present: true }] } }, { token: ta.MANAGER }), 'NOT_FOUND');
    // A resident's id given as a member's is not a member.
    refused(await api.gql(RECORD, { input: { meetingId: past.id, entries: [{ participantId: resident.id, kind: 'MEMBER', present: true }] } }, { token: ta.MANAGER }), 'NOT_FOUND');
    ok(await api.gql(CANCEL, { id: past.id, version: 1, reason: 'Closed' }, { token: ta.MANAGER }));
    expect(Object.keys(refused(await api.gql(RECORD, { input: { meetingId: past.id, entries: [entry] } }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['meetingId']);
    const guests = refused(await api.gql(RECORD, { input: { meetingId: ahead.id, entries: [], guestCount: -1 } }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(Object.keys(guests.fields)).toEqual(['guestCount']);
    expect(ok(await api.gql(MEETING, { id: past.id }, { token: ta.MANAGER })).meeting).toMatchObject({ status: 'CANCELLED', attendance: [] });
    expect(await auditOf(owner, a.id, { action: 'TAKE_ATTENDANCE', residentId: resident.id })).toEqual([]);
  });

  it('two people taking attendance at once lose nothing: every participant is written, the last write per participant wins', async () => {
    const programme = await ledProgramme();
    const people = await Promise.all(Array.from({ length: 24 }, (_, i) => createMember(api, ta.MANAGER, { firstName: `Race${String(i).padStart(2, '0')}`, lastName: 'Member', kind: 'MEMBER' })));
    for (let round = 0; round < 4; round++) {
      const meeting = await addMeeting(api, ta.MANAGER, { programmeId: programme.id, startsAt: osloTime(yesterday(), '12:00'), endsAt: osloTime(yesterday(), '13:00') });
      // A: people 0–15 present; B: people 8–23 absent. 8–15 are in both.
      const byA = people.slice(0, 16).map((p) => ({ participantId: p.id, kind: 'MEMBER' as const, present: true }));
      const byB = people.slice(8).map((p) => ({ participantId: p.id, kind: 'MEMBER' as const, present: false }));
      const [resultA, resultB] = await Promise.all([
        api.gql(RECORD, { input: { meetingId: meeting.id, entries: byA, guestCount: 1 } }, { token: ta.GROUP_LEADER }),
        api.gql(RECORD, { input: { meetingId: meeting.id, entries: byB, guestCount: 2 } }, { token: ta.COUNSELLOR }),
      ]);
      ok(resultA);
      ok(resultB);
      const stored = await ownerRows(meeting.id);
      expect(stored).toHaveLength(24);
      // Who wrote last: the later recording of a participant only one of them sent.
      const lastOf = (ids: string[]) => Math.max(...stored.filter((r) => ids.includes(r.member_id)).map((r) => new Date(r.recorded_at).getTime()));
      const aLast = lastOf(people.slice(0, 8).map((p) => p.id)) > lastOf(people.slice(16).map((p) => p.id));
      const winner = aLast ? { present: true, by: a.users.GROUP_LEADER.id, guests: 1 } : { present: false, by: a.users.COUNSELLOR.id, guests: 2 };
      for (const row of stored) {
        const index = people.findIndex((p) => p.id === row.member_id);
        const expected = index < 8 ? { present: true, by: a.users.GROUP_LEADER.id } : index >= 16 ? { present: false, by: a.users.COUNSELLOR.id } : winner;
        expect({ present: row.present, by: row.recorded_by_id }).toEqual({ present: expected.present, by: expected.by });
      }
      expect(ok(await api.gql(MEETING, { id: meeting.id }, { token: ta.MANAGER })).meeting.guestCount).toBe(winner.guests);
    }
  });

  function ownerRows(meetingId: string) {
    return ownerQuery<{ member_id: string; present: boolean; recorded_by_id: string; recorded_at: string }>(
      owner,
      a.id,
      'select member_id, present, recorded_by_id, recorded_at from attendance where tenant_id = ? and meeting_id = ?',
      [a.id, meetingId],
    );
  }

  it('lists a programme’s meetings (newest first, by period) and its attendance history; a leader’s next meetings', async () => {
    const programme = await ledProgramme();
    const days = [-20, -13, -6].map((d) => addDays(osloDay(), d));
    const meetings = [];
    for (const day of days) meetings.push(await addMeeting(api, ta.MANAGER, { programmeId: programme.id, startsAt: osloTime(day, '18:00'), endsAt: osloTime(day, '19:00') }));
    const member = await createMember(api, ta.MANAGER, { firstName: 'Hist', lastName: 'Ory', kind: 'MEMBER' });
    await recordAttendance(api, ta.MANAGER, { meetingId: meetings[0].id, entries: [{ participantId: member.id, kind: 'MEMBER', present: true }], guestCount: 5 });
    await recordAttendance(api, ta.MANAGER, { meetingId: meetings[2].id, entries: [{ participantId: member.id, kind: 'MEMBER', present: false }], guestCount: 0 });
    const next = await addMeeting(api, ta.MANAGER, { programmeId: programme.id, startsAt: osloTime(addDays(osloDay(), 2), '18:00'), endsAt: osloTime(addDays(osloDay(), 2), '19:00') });
    const answer = ok(await api.gql(PROGRAMME_MEETINGS, { id: programme.id, from: days[1], to: days[2], first: 5, hFrom: days[0], hTo: osloDay() }, { token: ta.MANAGER })).programme;
    expect(answer.meetings.map((m) => m.id)).toEqual([meetings[2].id, meetings[1].id]);
    expect(answer.attendanceHistory).toEqual([
      { meetingId: meetings[0].id, startsAt: osloTime(days[0], '18:00'), named: 1, guests: 5 },
      { meetingId: meetings[2].id, startsAt: osloTime(days[2], '18:00'), named: 0, guests: 0 },
    ]);
    const all = ok(await api.gql(PROGRAMME_MEETINGS, { id: programme.id, first: 2, hFrom: days[0], hTo: days[0] }, { token: ta.MANAGER })).programme;
    expect(all.meetings.map((m) => m.id)).toEqual([next.id, meetings[2].id]);
    expect(all.attendanceHistory.map((h) => h.meetingId)).toEqual([meetings[0].id]);
    const mine = ok(await api.gql(MY_NEXT, {}, { token: ta.GROUP_LEADER })).myNextMeetings;
    expect(mine.map((m) => m.id)).toContain(next.id);
    expect(mine.every((m) => m.programme.id)).toBe(true);
    expect(ok(await api.gql(MY_NEXT, {}, { token: ta.COUNSELLOR })).myNextMeetings).toEqual([]);
    const period = refused(await api.gql(PROGRAMME_MEETINGS, { id: programme.id, hFrom: days[2], hTo: days[0] }, { token: ta.MANAGER }), 'BAD_USER_INPUT');
    expect(Object.keys(period.fields)).toEqual(['to']);
  });
});
