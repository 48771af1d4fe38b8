import { graphql, ok, refused } from '../../support/api.js';
import { addMeeting, createDepartment, createMember, createProgramme, createResident, recordAttendance } from '../../support/factories.js';
import type { ProgrammeKind } from '../../support/gql/graphql.js';
import { ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { onOsloTime, osloTime, programmeInput } from './programme-fixtures.js';

const FIGURES = graphql(`query ProgrammeFigures($from: Date!, $to: Date!, $departmentId: ID) {
  programmeFigures(from: $from, to: $to, departmentId: $departmentId) { programmesActive meetingsHeld attendances namedAttendances namedParticipants guests trainingsHeld trainingHours }
}`);

/**
 * The figures counted again here, independently of the SQL function programme_figures: held =
 * attendance taken; a meeting belongs to the Oslo day it starts on; attendances = named present +
 * guests; trainings = distinct COURSE/SEMINAR programmes with a held meeting; training hours = the
 * held training meetings' hours.
 */
async function countedInTest(owner: CaseFileSuite['owner'], tenantId: string, from: string, to: string, departmentId: string | null) {
  const [row] = await ownerQuery<Record<string, number | string>>(
    owner,
    tenantId,
    `with held as (
       select m.*, p.kind
         from meeting m join programme p on p.id = m.programme_id and p.tenant_id = m.tenant_id
        where m.tenant_id = ? and m.attendance_taken_at is not null and m.status <> 'CANCELLED'
          and (m.starts_at at time zone 'Europe/Oslo')::date between ?::date and ?::date
          and (?::uuid is null or p.department_id = ?::uuid)
     ), present as (
       select a.* from attendance a where a.present and a.meeting_id in (select id from held)
     )
     select (select count(distinct programme_id) from held) as programmes_active,
            (select count(*) from held) as meetings_held,
            (select count(*) from present) as named_attendances,
            (select count(distinct coalesce(resident_id, relative_id, member_id)) from present) as named_participants,
            (select coalesce(sum(guest_count), 0) from held) as guests,
            (select count(distinct programme_id) from held where kind in ('COURSE', 'SEMINAR')) as trainings_held,
            (select coalesce(sum(extract(epoch from ends_at - starts_at)), 0) / 3600.0 from held where kind in ('COURSE', 'SEMINAR')) as training_hours`,
    [tenantId, from, to, departmentId, departmentId],
  );
  const n = (key: string) => Number(row[key]);
  return {
    programmesActive: n('programmes_active'),
    meetingsHeld: n('meetings_held'),
    attendances: n('named_attendances') + n('guests'),
    namedAttendances: n('named_attendances'),
    namedParticipants: n('named_participants'),
    guests: n('guests'),
    trainingsHeld: n('trainings_held'),
    trainingHours: Math.round(n('training_hours') * 10) / 10,
  };
}

describe('programme figures (the SQL function programme_figures)', () => {
  let { owner, api, a, ta } = {} as CaseFileSuite;
  caseFileSuite('programme-figures', (suite) => ({ owner, api, a, ta } = suite));
  let east: string;
  let west: string;

  beforeAll(async () => {
    await onOsloTime(owner, a.id);
    east = (await createDepartment(api, ta.MANAGER, { name: 'East' })).id;
    west = (await createDepartment(api, ta.MANAGER, { name: 'West' })).id;
    const ana = await createResident(api, ta.MANAGER, { firstName: 'Ana', lastName: 'Figure' });
    const [bo, cy] = await Promise.all(['Bo', 'Cy'].map((first) => createMember(api, ta.MANAGER, { firstName: first, lastName: 'Figure', kind: 'MEMBER' })));
    const programme = (kind: ProgrammeKind, departmentId: string) => createProgramme(api, ta.MANAGER, programmeInput({ kind, departmentId }));
    const course = await programme('COURSE', east);
    const seminar = await programme('SEMINAR', west);
    const group = await programme('SUPPORT_GROUP', east);
    await programme('COURSE', west);
    const meeting = (programmeId: string, day: string, from: string, to: string) => addMeeting(api, ta.MANAGER, { programmeId, startsAt: osloTime(day, from), endsAt: osloTime(day, to) });
    const take = (meetingId: string, guests: number, ...present: [string, 'RESIDENT' | 'MEMBER', boolean][]) =>
      recordAttendance(api, ta.MANAGER, { meetingId, guestCount: guests, entries: present.map(([participantId, kind, isPresent]) => ({ participantId, kind, present: isPresent })) });

    // March 2026 (Oslo). The course: two held meetings (2 h and 1.5 h), one not held.
    const c1 = await meeting(course.id, '2026-03-02', '10:00', '12:00');
    await take(c1.id, 0, [ana.id, 'RESIDENT', true], [bo.id, 'MEMBER', true]);
    const c2 = await meeting(course.id, '2026-03-09', '10:00', '11:30');
    await take(c2.id, 1, [ana.id, 'RESIDENT', true], [bo.id, 'MEMBER', false]);
    await meeting(course.id, '2026-03-16', '10:00', '12:00');
    // The seminar: held late on the last day of the period (23:30 Oslo is still 31 March).
    const s1 = await meeting(seminar.id, '2026-03-31', '21:30', '23:30');
    await take(s1.id, 4, [cy.id, 'MEMBER', true]);
    // The group: one held with guests; one held just after the period (00:30 Oslo on 1 April is 31 March in UTC).
    const g1 = await meeting(group.id, '2026-03-20', '18:00', '19:00');
    await take(g1.id, 7, [ana.id, 'RESIDENT', true], [cy.id, 'MEMBER', true]);
    const g2 = await meeting(group.id, '2026-04-01', '00:30', '01:30');
    await take(g2.id, 9, [bo.id, 'MEMBER', true]);
    // Cancelled and not held: count nothing; nor does the second course, which has no meetings.
    const cancelled = await meeting(group.id, '2026-03-27', '18:00', '19:00');
    await ownerQuery(owner, a.id, "update meeting set status = 'CANCELLED', cancel_reason = 'x' where tenant_id = ? and id = ?", [a.id, cancelled.id]);
  });

  const figures = async (from: string, to: string, departmentId: string | null = null) => ok(await api.gql(FIGURES, { from, to, departmentId }, { token: ta.MANAGER })).programmeFigures;

  it('equals the counts written here in SQL, for the whole organisation and per department', async () => {
    for (const departmentId of [null, east, west]) {
      expect(await figures('2026-03-01', '2026-03-31', departmentId)).toEqual(await countedInTest(owner, a.id, '2026-03-01', '2026-03-31', departmentId));
    }
    expect(await figures('2026-03-01', '2026-04-30')).toEqual(await countedInTest(owner, a.id, '2026-03-01', '2026-04-30', null));
  });

  it('gives the fixture its known values: named present + guests, trainings and their hours', async () => {
    expect(await figures('2026-03-01', '2026-03-31')).toEqual({
      programmesActive: 3,
      meetingsHeld: 4,
      attendances: 6 + 12,
      namedAttendances: 6,
      namedParticipants: 3,
      guests: 12,
      trainingsHeld: 2,
      trainingHours: 5.5,
    });
    expect(await figures('2026-03-01', '2026-03-31', east)).toMatchObject({ meetingsHeld: 3, trainingsHeld: 1, trainingHours: 3.5, guests: 8 });
    expect(await figures('2026-04-01', '2026-04-30')).toMatchObject({ meetingsHeld: 1, guests: 9, trainingsHeld: 0, trainingHours: 0 });
  });

  it('is for managers only, and checks the period', async () => {
    for (const role of ['COUNSELLOR', 'GROUP_LEADER', 'CONSORTIUM_COORDINATOR'] as const) {
      refused(await api.gql(FIGURES, { from: '2026-03-01', to: '2026-03-31' }, { token: ta[role] }), 'FORBIDDEN');
    }
    expect(Object.keys(refused(await api.gql(FIGURES, { from: '2026-03-31', to: '2026-03-01' }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['to']);
  });
});
