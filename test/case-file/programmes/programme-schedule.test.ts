import { graphql, ok, refused } from '../../support/api.js';
import { createMember, createProgramme } from '../../support/factories.js';
import { auditOf, ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { addDays, nextClockChange, onOsloTime, osloClock, osloDay, osloTime, programmeInput, storedMeetings, weekdayOf } from './programme-fixtures.js';

const GENERATE = graphql(`mutation GenerateMeetings($programmeId: ID!) { generateMeetings(programmeId: $programmeId) { id startsAt endsAt oneOff status } }`);
const UPDATE = graphql(`mutation ScheduleUpdateProgramme($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id version status schedule { intervalWeeks weekday startTime endTime } } }`);
const MOVE = graphql(`mutation ScheduleMoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id startsAt version } }`);
const CANCEL = graphql(`mutation ScheduleCancelMeeting($id: ID!, $version: Int!, $reason: String!) { cancelMeeting(id: $id, version: $version, reason: $reason) { id status cancelReason } }`);
const NEXT = graphql(`query ScheduleNextMeetings($id: ID!) { programme(id: $id) { schedule { weekday startTime endTime } nextMeetings(first: 20) { id startsAt endsAt status oneOff } } }`);

/** The days from `from` to `to` (both included) that are `weekday` and a whole number of `step` days after `anchor`. */
function slotDays(anchor: string, step: number, from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = anchor; day <= to; day = addDays(day, step)) if (day >= from) days.push(day);
  return days;
}

/** The first day on or after `day` that is `weekday`. */
const firstWeekday = (day: string, weekday: number) => addDays(day, (weekday - weekdayOf(day) + 7) % 7);

describe('programme schedules: meetings generated in SQL at local time', () => {
  let { owner, api, a, ta } = {} as CaseFileSuite;
  caseFileSuite('schedule', (suite) => ({ owner, api, a, ta } = suite));
  beforeAll(() => onOsloTime(owner, a.id));

  it('generates weekly meetings six weeks ahead at 18:00 Oslo time, across a daylight-saving change', async () => {
    const change = nextClockChange(addDays(osloDay(), 21));
    const startsOn = addDays(change, -14);
    const schedule = { intervalWeeks: 1, weekday: 4, startTime: '18:00', endTime: '19:30' };
    const { id } = await createProgramme(api, ta.MANAGER, programmeInput({ startsOn, schedule }));
    const meetings = await storedMeetings(owner, a.id, id);
    const expected = slotDays(firstWeekday(startsOn, 4), 7, startsOn, addDays(startsOn, 42));
    expect(expected).toHaveLength(6);
    expect(meetings.map((m) => osloDay(m.starts_at))).toEqual(expected);
    for (const m of meetings) {
      expect([osloClock(m.starts_at), osloClock(m.ends_at).time]).toEqual([{ time: '18:00', weekday: 4 }, '19:30']);
      expect(m.scheduled_for).toEqual(m.starts_at);
    }
    // The same wall-clock time is a different UTC hour on either side of the change.
    const before = meetings.filter((m) => osloDay(m.starts_at) < change).map((m) => m.starts_at.toISOString().slice(11, 16));
    const after = meetings.filter((m) => osloDay(m.starts_at) > change).map((m) => m.starts_at.toISOString().slice(11, 16));
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(new Set(before).size).toBe(1);
    expect(new Set(after).size).toBe(1);
    expect(before[0]).not.toEqual(after[0]);
    expect(new Set([before[0], after[0]])).toEqual(new Set(['16:00', '17:00']));
    // The API shows the same meetings, generated (not one-off), soonest first.
    const next = ok(await api.gql(NEXT, { id }, { token: ta.MANAGER })).programme;
    expect(next.schedule).toEqual({ weekday: 4, startTime: '18:00', endTime: '19:30' });
    expect(next.nextMeetings.map((m) => [m.startsAt, m.oneOff, m.status])).toEqual(meetings.map((m) => [m.starts_at.toISOString(), false, 'SCHEDULED']));
    expect(await auditOf(owner, a.id, { action: 'CREATE', entityType: 'Meeting' })).toEqual(expect.arrayContaining(meetings.map((m) => expect.objectContaining({ entityId: m.id }))));
  });

  it('is idempotent: generating again adds nothing, and a moved or cancelled meeting does not come back', async () => {
    const startsOn = addDays(osloDay(), 2);
    const { id } = await createProgramme(api, ta.MANAGER, programmeInput({ startsOn, schedule: { intervalWeeks: 1, weekday: 1, startTime: '09:00', endTime: '10:00' } }));
    const before = await storedMeetings(owner, a.id, id);
    expect(before.length).toBeGreaterThanOrEqual(6);
    expect(ok(await api.gql(GENERATE, { programmeId: id }, { token: ta.MANAGER })).generateMeetings).toEqual([]);
    const [first, second] = before;
    ok(await api.gql(MOVE, { input: { id: first.id, version: first.version, startsAt: osloTime(osloDay(first.starts_at), '11:00'), endsAt: osloTime(osloDay(first.starts_at), '12:00') } }, { token: ta.MANAGER }));
    ok(await api.gql(CANCEL, { id: second.id, version: second.version, reason: 'Public holiday' }, { token: ta.MANAGER }));
    expect(ok(await api.gql(GENERATE, { programmeId: id }, { token: ta.MANAGER })).generateMeetings).toEqual([]);
    const after = await storedMeetings(owner, a.id, id);
    expect(after).toHaveLength(before.length);
    const movedOne = after.find((m) => m.id === first.id);
    expect(movedOne).toMatchObject({ status: 'SCHEDULED', scheduled_for: first.scheduled_for });
    expect(osloClock(movedOne?.starts_at ?? '').time).toBe('11:00');
    expect(after.find((m) => m.id === second.id)).toMatchObject({ status: 'CANCELLED', cancel_reason: 'Public holiday' });
  });

  it('every other week counts from the start, from today on, not past the last day', async () => {
    const today = osloDay();
    const startsOn = addDays(today, -30);
    const endsOn = addDays(today, 27);
    const { id } = await createProgramme(api, ta.MANAGER, programmeInput({ startsOn, endsOn, schedule: { intervalWeeks: 2, weekday: 1, startTime: '17:00', endTime: '18:30' } }));
    const days = (await storedMeetings(owner, a.id, id)).map((m) => osloDay(m.starts_at));
    const expected = slotDays(firstWeekday(startsOn, 1), 14, today, endsOn);
    expect(expected.length).toBeGreaterThanOrEqual(1);
    expect(days).toEqual(expected);
  });

  it('a schedule change cancels the future generated meetings that no longer fit (not moved ones, not those with attendance) and generates the new slots', async () => {
    const startsOn = addDays(osloDay(), 3);
    const created = await createProgramme(api, ta.MANAGER, programmeInput({ startsOn, schedule: { intervalWeeks: 1, weekday: 2, startTime: '10:00', endTime: '11:00' } }));
    const tuesdays = await storedMeetings(owner, a.id, created.id);
    const [plain, moved, withAttendance, cancelled, ...rest] = tuesdays;
    ok(await api.gql(MOVE, { input: { id: moved.id, version: moved.version, startsAt: osloTime(osloDay(moved.starts_at), '12:00'), endsAt: osloTime(osloDay(moved.starts_at), '13:00') } }, { token: ta.MANAGER }));
    ok(await api.gql(CANCEL, { id: cancelled.id, version: cancelled.version, reason: 'Leader ill' }, { token: ta.MANAGER }));
    // Attendance cannot be taken this far ahead through the API; a row written as the owner stands for it.
    const member = await createMember(api, ta.MANAGER, { firstName: 'Early', lastName: 'Bird', kind: 'VOLUNTEER' });
    await ownerQuery(owner, a.id, 'insert into attendance (tenant_id, id, meeting_id, member_id, present, recorded_by_id, recorded_at) values (?, gen_random_uuid(), ?, ?, true, ?, now())', [
      a.id,
      withAttendance.id,
      member.id,
      a.users.MANAGER.id,
    ]);

    refused(await api.gql(UPDATE, { input: { id: created.id, version: created.version + 1, name: 'Stale' } }, { token: ta.MANAGER }), 'CONFLICT');
    const updated = ok(await api.gql(UPDATE, { input: { id: created.id, version: created.version, schedule: { intervalWeeks: 1, weekday: 3, startTime: '10:00', endTime: '11:30' } } }, { token: ta.MANAGER })).updateProgramme;
    expect(updated).toMatchObject({ version: created.version + 1, schedule: { intervalWeeks: 1, weekday: 3, startTime: '10:00', endTime: '11:30' } });

    const after = await storedMeetings(owner, a.id, created.id);
    const byId = new Map(after.map((m) => [m.id, m]));
    for (const m of [plain, ...rest]) expect(byId.get(m.id)).toMatchObject({ status: 'CANCELLED', cancel_reason: 'Schedule changed' });
    expect(byId.get(moved.id)).toMatchObject({ status: 'SCHEDULED' });
    expect(byId.get(withAttendance.id)).toMatchObject({ status: 'SCHEDULED' });
    expect(byId.get(cancelled.id)).toMatchObject({ status: 'CANCELLED', cancel_reason: 'Leader ill' });
    const wednesdays = after.filter((m) => !tuesdays.some((t) => t.id === m.id));
    expect(wednesdays.map((m) => osloDay(m.starts_at))).toEqual(slotDays(firstWeekday(startsOn, 3), 7, startsOn, addDays(startsOn, 42)));
    for (const m of wednesdays) expect([osloClock(m.starts_at), osloClock(m.ends_at).time]).toEqual([{ time: '10:00', weekday: 3 }, '11:30']);
    const cancels = await auditOf(owner, a.id, { action: 'CANCEL' });
    expect(cancels.map((r) => r.entityId)).toEqual(expect.arrayContaining([plain.id, ...rest.map((m) => m.id)]));

    // Only the end time changes: the meetings keep their slot and get the new end.
    const longer = ok(await api.gql(UPDATE, { input: { id: created.id, version: updated.version, schedule: { intervalWeeks: 1, weekday: 3, startTime: '10:00', endTime: '12:00' } } }, { token: ta.MANAGER })).updateProgramme;
    const refitted = (await storedMeetings(owner, a.id, created.id)).filter((m) => wednesdays.some((w) => w.id === m.id));
    expect(refitted.map((m) => [m.status, osloClock(m.ends_at).time])).toEqual(wednesdays.map(() => ['SCHEDULED', '12:00']));

    // Paused: the future generated meetings are cancelled and nothing is generated; active again: they are back.
    const paused = ok(await api.gql(UPDATE, { input: { id: created.id, version: longer.version, status: 'PAUSED' } }, { token: ta.MANAGER })).updateProgramme;
    const whilePaused = (await storedMeetings(owner, a.id, created.id)).filter((m) => wednesdays.some((w) => w.id === m.id));
    expect(whilePaused.map((m) => [m.status, m.cancel_reason])).toEqual(wednesdays.map(() => ['CANCELLED', 'Programme paused']));
    expect(ok(await api.gql(GENERATE, { programmeId: created.id }, { token: ta.MANAGER })).generateMeetings).toEqual([]);
    ok(await api.gql(UPDATE, { input: { id: created.id, version: paused.version, status: 'ACTIVE' } }, { token: ta.MANAGER }));
    const resumed = (await storedMeetings(owner, a.id, created.id)).filter((m) => wednesdays.some((w) => w.id === m.id));
    expect(resumed.map((m) => [m.status, m.cancel_reason])).toEqual(wednesdays.map(() => ['SCHEDULED', null]));
    expect(await auditOf(owner, a.id, { action: 'REOPEN', entityType: 'Meeting' })).toHaveLength(wednesdays.length);
    // Still one meeting per slot.
    const slots = (await storedMeetings(owner, a.id, created.id)).map((m) => m.scheduled_for?.toISOString());
    expect(new Set(slots).size).toBe(slots.length);
  });

  it('generates nothing for a programme without a schedule, and a schedule added later generates', async () => {
    const created = await createProgramme(api, ta.MANAGER, programmeInput({ startsOn: addDays(osloDay(), 1) }));
    expect(await storedMeetings(owner, a.id, created.id)).toEqual([]);
    expect(ok(await api.gql(GENERATE, { programmeId: created.id }, { token: ta.MANAGER })).generateMeetings).toEqual([]);
    ok(await api.gql(UPDATE, { input: { id: created.id, version: created.version, schedule: { intervalWeeks: 4, weekday: 6, startTime: '12:00', endTime: '14:00' } } }, { token: ta.MANAGER }));
    const meetings = await storedMeetings(owner, a.id, created.id);
    expect(meetings.length).toBeGreaterThanOrEqual(1);
    expect(meetings.length).toBeLessThanOrEqual(2);
    for (const m of meetings) expect(osloClock(m.starts_at)).toEqual({ time: '12:00', weekday: 6 });
  });
});
