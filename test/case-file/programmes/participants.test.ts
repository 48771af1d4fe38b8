import { graphql, ok, refused } from '../../support/api.js';
import { addMeeting, createMember, createProgramme, createRelative, createResident, enrol, recordAttendance } from '../../support/factories.js';
import { auditOf } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { addDays, onOsloTime, osloDay, osloTime, programmeInput } from './programme-fixtures.js';

const SEARCH = graphql(`query ParticipantSearch($programmeId: ID!, $search: String!, $first: Int) { participantSearch(programmeId: $programmeId, search: $search, first: $first) { id kind displayName } }`);
const ENROL = graphql(`mutation Enrol($programmeId: ID!, $participantId: ID!, $kind: ParticipantKind!, $enrolledOn: Date) {
  enrol(programmeId: $programmeId, participantId: $participantId, kind: $kind, enrolledOn: $enrolledOn) { id enrolledOn status completedOn hours version participant { id kind displayName } }
}`);
const UPDATE_ENROLMENT = graphql(`mutation UpdateEnrolment($input: UpdateEnrolmentInput!) { updateEnrolment(input: $input) { id status completedOn hours version participant { displayName } } }`);
const ENROLMENTS = graphql(`query ProgrammeEnrolments($id: ID!) { programme(id: $id) { enrolments { status hours participant { id kind displayName } } } }`);
const EXPECTED = graphql(`query ExpectedParticipants($id: ID!) { meeting(id: $id) { expected { id kind displayName } } }`);
const MEMBERS = graphql(`query Members($search: String) { members(search: $search) { id firstName lastName kind phone email department { id } } }`);
const RESIDENT_ATTENDANCE = graphql(`query ResidentAttendance($id: ID!, $first: Int) { resident(id: $id) { attendance(first: $first) { meetingId programmeId programmeName programmeKind startsAt present } } }`);
const RELATIVE_ATTENDANCE = graphql(`query RelativeAttendance($id: ID!) { relative(id: $id) { attendance { meetingId present } } }`);

describe('participants: search, enrolments, attendance in the case file', () => {
  let { owner, api, a, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('participants', (suite) => ({ owner, api, a, ta, tb } = suite));
  beforeAll(() => onOsloTime(owner, a.id));

  const yesterday = () => addDays(osloDay(), -1);
  const names = (list: { displayName: string }[]) => list.map((p) => p.displayName);

  it('participantSearch: case workers find residents, relatives and members; a group leader only members and people already in the programme', async () => {
    const tag = Math.random().toString(36).slice(2, 6);
    const programme = await createProgramme(api, ta.MANAGER, programmeInput({ leaderUserIds: [a.users.GROUP_LEADER.id] }));
    const other = await createProgramme(api, ta.MANAGER, programmeInput());
    const enrolled = await createResident(api, ta.MANAGER, { firstName: 'Enrolled', lastName: `Zq${tag}` });
    const outsider = await createResident(api, ta.MANAGER, { firstName: 'Outsider', lastName: `Zq${tag}` });
    const attended = await createRelative(api, ta.MANAGER, { firstName: 'Attended', lastName: `Zq${tag}` });
    const elsewhere = await createRelative(api, ta.MANAGER, { firstName: 'Elsewhere', lastName: `Zq${tag}` });
    const volunteer = await createMember(api, ta.MANAGER, { firstName: 'Volunteer', lastName: `Zq${tag}`, kind: 'VOLUNTEER' });
    await enrol(api, ta.COUNSELLOR, { programmeId: programme.id, participantId: enrolled.id, kind: 'RESIDENT' });
    const meeting = await addMeeting(api, ta.MANAGER, { programmeId: programme.id, startsAt: osloTime(yesterday(), '18:00'), endsAt: osloTime(yesterday(), '19:00') });
    await recordAttendance(api, ta.MANAGER, { meetingId: meeting.id, entries: [{ participantId: attended.id, kind: 'RELATIVE', present: false }] });
    const otherMeeting = await addMeeting(api, ta.MANAGER, { programmeId: other.id, startsAt: osloTime(yesterday(), '18:00'), endsAt: osloTime(yesterday(), '19:00') });
    await recordAttendance(api, ta.MANAGER, { meetingId: otherMeeting.id, entries: [{ participantId: elsewhere.id, kind: 'RELATIVE', present: true }] });

    const search = `zq${tag}`;
    const byCaseWorker = ok(await api.gql(SEARCH, { programmeId: programme.id, search }, { token: ta.COUNSELLOR })).participantSearch;
    expect(byCaseWorker).toEqual([
      { id: attended.id, kind: 'RELATIVE', displayName: `Attended Zq${tag}` },
      { id: elsewhere.id, kind: 'RELATIVE', displayName: `Elsewhere Zq${tag}` },
      { id: enrolled.id, kind: 'RESIDENT', displayName: `Enrolled Zq${tag}` },
      { id: outsider.id, kind: 'RESIDENT', displayName: `Outsider Zq${tag}` },
      { id: volunteer.id, kind: 'MEMBER', displayName: `Volunteer Zq${tag}` },
    ]);
    expect(names(ok(await api.gql(SEARCH, { programmeId: programme.id, search: `ZQ${tag}`, first: 2 }, { token: ta.MANAGER })).participantSearch)).toEqual([`Attended Zq${tag}`, `Elsewhere Zq${tag}`]);
    const byLeader = ok(await api.gql(SEARCH, { programmeId: programme.id, search }, { token: ta.GROUP_LEADER })).participantSearch;
    expect(names(byLeader)).toEqual([`Attended Zq${tag}`, `Enrolled Zq${tag}`, `Volunteer Zq${tag}`]);
    // Searching for the outsider by full name tells the leader nothing.
    expect(ok(await api.gql(SEARCH, { programmeId: programme.id, search: `Outsider Zq${tag}` }, { token: ta.GROUP_LEADER })).participantSearch).toEqual([]);
    refused(await api.gql(SEARCH, { programmeId: other.id, search }, { token: ta.GROUP_LEADER }), 'NOT_FOUND');
    refused(await api.gql(SEARCH, { programmeId: programme.id, search }, { token: ta.CONSORTIUM_COORDINATOR }), 'FORBIDDEN');
    refused(await api.gql(SEARCH, { programmeId: programme.id, search }, { token: tb.MANAGER }), 'NOT_FOUND');
    expect(Object.keys(refused(await api.gql(SEARCH, { programmeId: programme.id, search: ' z ' }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['search']);
    expect(Object.keys(refused(await api.gql(SEARCH, { programmeId: programme.id, search, first: 21 }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['first']);
    // A name is a disclosure of the person: the case worker's search that showed the outsider is
    // audited (one READ row), the leader's searches that did not show them write none for them.
    const reads = await auditOf(owner, a.id, { action: 'READ', entityId: outsider.id });
    expect(reads.map((r) => [r.entityType, r.userId])).toEqual([['Resident', a.users.COUNSELLOR.id]]);
  });

  it('enrols residents, relatives and members (CONFLICT the second time), records completion and hours, audited', async () => {
    const course = await createProgramme(api, ta.MANAGER, programmeInput({ kind: 'COURSE' }));
    const resident = await createResident(api, ta.MANAGER, { firstName: 'Course', lastName: 'Resident' });
    const relative = await createRelative(api, ta.MANAGER, { firstName: 'Course', lastName: 'Relative' });
    const member = await createMember(api, ta.MANAGER, { firstName: 'Course', lastName: 'Member', kind: 'MEMBER' });
    const enrolment = ok(await api.gql(ENROL, { programmeId: course.id, participantId: resident.id, kind: 'RESIDENT', enrolledOn: '2026-02-01' }, { token: ta.COUNSELLOR })).enrol;
    expect(enrolment).toEqual({ id: expect.any(String), enrolledOn: '2026-02-01', status: 'ENROLLED', completedOn: null, hours: null, version: 1, participant: { id: resident.id, kind: 'RESIDENT', displayName: 'Course Resident' } });
    expect(ok(await api.gql(ENROL, { programmeId: course.id, participantId: relative.id, kind: 'RELATIVE' }, { token: ta.MANAGER })).enrol.enrolledOn).toBe(osloDay());
    const memberEnrolment = await enrol(api, ta.MANAGER, { programmeId: course.id, participantId: member.id, kind: 'MEMBER' });
    expect(refused(await api.gql(ENROL, { programmeId: course.id, participantId: resident.id, kind: 'RESIDENT' }, { token: ta.MANAGER }), 'CONFLICT').extensions.reason).toBe('ALREADY_LINKED');
    refused(await api.gql(ENROL, { programmeId: course.id, participantId: resident.id, kind: 'RELATIVE' }, { token: ta.MANAGER }), 'NOT_FOUND');
    expect(await auditOf(owner, a.id, { action: 'ENROL', entityId: enrolment.id })).toEqual([expect.objectContaining({ residentId: resident.id, entityType: 'Enrolment' })]);

    const completed = ok(await api.gql(UPDATE_ENROLMENT, { input: { id: enrolment.id, version: 1, status: 'COMPLETED', completedOn: '2026-05-30', hours: 12.5 } }, { token: ta.COUNSELLOR })).updateEnrolment;
    expect(completed).toEqual({ id: enrolment.id, status: 'COMPLETED', completedOn: '2026-05-30', hours: 12.5, version: 2, participant: { displayName: 'Course Resident' } });
    expect(refused(await api.gql(UPDATE_ENROLMENT, { input: { id: enrolment.id, version: 1, hours: 3 } }, { token: ta.COUNSELLOR }), 'CONFLICT').extensions.reason).toBe('VERSION_MISMATCH');
    const dropped = ok(await api.gql(UPDATE_ENROLMENT, { input: { id: memberEnrolment.id, version: 1, status: 'DID_NOT_COMPLETE' } }, { token: ta.COUNSELLOR })).updateEnrolment;
    expect(dropped).toMatchObject({ status: 'DID_NOT_COMPLETE', completedOn: osloDay(), hours: null });
    const cases: [Record<string, unknown>, string][] = [
      [{ status: 'ENROLLED', completedOn: '2026-06-01' }, 'completedOn'],
      [{ completedOn: '2026-01-01' }, 'completedOn'],
      [{ hours: 1.25 }, 'hours'],
      // Exponent notation (fuzzing found class-validator's maxDecimalPlaces throwing on it).
      [{ hours: 1e-7 }, 'hours'],
      [{ hours: 1001 }, 'hours'],
    ];
    for (const [change, field] of cases) {
      const error = refused(await api.gql(UPDATE_ENROLMENT, { input: { id: enrolment.id, version: 2, ...change } }, { token: ta.COUNSELLOR }), 'BAD_USER_INPUT');
      expect(Object.keys(error.fields)).toEqual([field]);
    }
    const reopened = ok(await api.gql(UPDATE_ENROLMENT, { input: { id: enrolment.id, version: 2, status: 'ENROLLED', hours: null } }, { token: ta.MANAGER })).updateEnrolment;
    expect(reopened).toMatchObject({ status: 'ENROLLED', completedOn: null, hours: null, version: 3 });

    expect(ok(await api.gql(ENROLMENTS, { id: course.id }, { token: ta.MANAGER })).programme.enrolments).toEqual([
      { status: 'DID_NOT_COMPLETE', hours: null, participant: { id: member.id, kind: 'MEMBER', displayName: 'Course Member' } },
      { status: 'ENROLLED', hours: null, participant: { id: relative.id, kind: 'RELATIVE', displayName: 'Course Relative' } },
      { status: 'ENROLLED', hours: null, participant: { id: resident.id, kind: 'RESIDENT', displayName: 'Course Resident' } },
    ]);
    refused(await api.gql(ENROL, { programmeId: course.id, participantId: member.id, kind: 'MEMBER' }, { token: ta.GROUP_LEADER }), 'FORBIDDEN');
  });

  it("the attendance screen's list: the enrolled (not those who did not complete) and who came to the last 8 held meetings, by name", async () => {
    const programme = await createProgramme(api, ta.MANAGER, programmeInput({ leaderUserIds: [a.users.GROUP_LEADER.id] }));
    const [ann, ben, cat, dan, eve] = await Promise.all(['Ann', 'Ben', 'Cat', 'Dan', 'Eve'].map((first) => createMember(api, ta.MANAGER, { firstName: first, lastName: 'Expected', kind: 'MEMBER' })));
    await enrol(api, ta.MANAGER, { programmeId: programme.id, participantId: ben.id, kind: 'MEMBER' });
    const quitter = await enrol(api, ta.MANAGER, { programmeId: programme.id, participantId: eve.id, kind: 'MEMBER' });
    ok(await api.gql(UPDATE_ENROLMENT, { input: { id: quitter.id, version: 1, status: 'DID_NOT_COMPLETE' } }, { token: ta.MANAGER }));
    // Ten held meetings: Dan came only to the oldest (not among the last 8), Ann to a recent one, Cat was there but absent.
    const held = [];
    for (let i = 10; i >= 1; i--) {
      const day = addDays(osloDay(), -i);
      held.push(await addMeeting(api, ta.MANAGER, { programmeId: programme.id, startsAt: osloTime(day, '18:00'), endsAt: osloTime(day, '19:00') }));
    }
    await recordAttendance(api, ta.MANAGER, { meetingId: held[0].id, entries: [{ participantId: dan.id, kind: 'MEMBER', present: true }] });
    for (const meeting of held.slice(1, -1)) await recordAttendance(api, ta.MANAGER, { meetingId: meeting.id, entries: [] });
    await recordAttendance(api, ta.MANAGER, { meetingId: held[9].id, entries: [{ participantId: ann.id, kind: 'MEMBER', present: true }, { participantId: cat.id, kind: 'MEMBER', present: false }] });
    const next = await addMeeting(api, ta.MANAGER, { programmeId: programme.id, startsAt: osloTime(osloDay(), '23:00'), endsAt: osloTime(osloDay(), '23:30') });
    expect(names(ok(await api.gql(EXPECTED, { id: next.id }, { token: ta.GROUP_LEADER })).meeting.expected)).toEqual(['Ann Expected', 'Ben Expected']);
  });

  it('shows attendance in the case file (resident and relative), newest first, for case workers only', async () => {
    const group = await createProgramme(api, ta.MANAGER, programmeInput({ name: 'Girls group', kind: 'SUPPORT_GROUP' }));
    const resident = await createResident(api, ta.MANAGER, { firstName: 'Case', lastName: 'File' });
    const relative = await createRelative(api, ta.MANAGER, { firstName: 'Case', lastName: 'Relative' });
    const days = [-9, -2].map((d) => addDays(osloDay(), d));
    const meetings = [];
    for (const day of days) {
      const meeting = await addMeeting(api, ta.MANAGER, { programmeId: group.id, startsAt: osloTime(day, '17:00'), endsAt: osloTime(day, '18:00') });
      await recordAttendance(api, ta.MANAGER, { meetingId: meeting.id, entries: [{ participantId: resident.id, kind: 'RESIDENT', present: day === days[1] }, { participantId: relative.id, kind: 'RELATIVE', present: true }] });
      meetings.push(meeting);
    }
    const attendance = ok(await api.gql(RESIDENT_ATTENDANCE, { id: resident.id }, { token: ta.COUNSELLOR })).resident.attendance;
    expect(attendance).toEqual([
      { meetingId: meetings[1].id, programmeId: group.id, programmeName: 'Girls group', programmeKind: 'SUPPORT_GROUP', startsAt: osloTime(days[1], '17:00'), present: true },
      { meetingId: meetings[0].id, programmeId: group.id, programmeName: 'Girls group', programmeKind: 'SUPPORT_GROUP', startsAt: osloTime(days[0], '17:00'), present: false },
    ]);
    expect(ok(await api.gql(RESIDENT_ATTENDANCE, { id: resident.id, first: 1 }, { token: ta.MANAGER })).resident.attendance.map((x) => x.meetingId)).toEqual([meetings[1].id]);
    expect(ok(await api.gql(RELATIVE_ATTENDANCE, { id: relative.id }, { token: ta.MANAGER })).relative.attendance).toEqual([
      { meetingId: meetings[1].id, present: true },
      { meetingId: meetings[0].id, present: true },
    ]);
    expect(Object.keys(refused(await api.gql(RESIDENT_ATTENDANCE, { id: resident.id, first: 201 }, { token: ta.MANAGER }), 'BAD_USER_INPUT').fields)).toEqual(['first']);
  });

  it('members are person records: case workers list them (audited READ), a group leader may not', async () => {
    const member = await createMember(api, ta.MANAGER, { firstName: 'Audited', lastName: 'Volunteer', kind: 'VOLUNTEER', phone: '+47 400 00 000' });
    expect(await auditOf(owner, a.id, { action: 'CREATE', entityType: 'Member', entityId: member.id })).toHaveLength(1);
    const listed = ok(await api.gql(MEMBERS, { search: 'audited vol' }, { token: ta.COUNSELLOR })).members;
    expect(listed).toEqual([{ id: member.id, firstName: 'Audited', lastName: 'Volunteer', kind: 'VOLUNTEER', phone: '+47 400 00 000', email: null, department: null }]);
    expect(await auditOf(owner, a.id, { action: 'READ', entityType: 'Member', entityId: member.id, userId: a.users.COUNSELLOR.id })).toHaveLength(1);
    refused(await api.gql(MEMBERS, {}, { token: ta.GROUP_LEADER }), 'FORBIDDEN');
  });
});
