import { GoalDomain, MeetingMode, MemberKind, ProgrammeAudience, ProgrammeKind, ProgrammeStatus } from '@bridgeway/shared-domain';
import { DEMO_PERIOD, addDays } from '../demo-case-files/dates.js';
import { DemoRandom } from '../demo-case-files/random.js';
import { onOrAfter } from './calendar.js';
import { LAST_JOIN, inventMembers, relativesOf, residentsOf, type Person } from './participants.js';
import type { MemberRow, TenantFacts } from './plan-types.js';
import { hashOf, type PlanContext, type ProgrammeSpec } from './programme-planner.js';
import { breaksNo, staffOf } from './tenant-kit.js';

/** Thursday, the day of A-LARM's meeting places (ISO weekday). */
export const THURSDAY = 4;

/**
 * A-LARM (seed 003): digital meeting places every Thursday over video for people with
 * substance-related challenges and their relatives (the LØFT method), and training in digital
 * tools so everyone can join. Every meeting is on a Thursday.
 */
export function planALarm(facts: TenantFacts, ctx: PlanContext): { members: MemberRow[]; specs: ProgrammeSpec[] } {
  const rng = new DemoRandom('nb', ctx.seed + hashOf('a-larm:organisation'));
  const staff = staffOf(facts);
  const members: MemberRow[] = [];
  const batch = (b: Parameters<typeof inventMembers>[1]): Person[] => {
    const { rows, people } = inventMembers(rng, b);
    members.push(...rows);
    return people;
  };
  const volunteers = batch({ count: 2, kind: MemberKind.VOLUNTEER, joined: ['2020-09-10', addDays(DEMO_PERIOD.start, -1)] });
  const users = batch({ count: 16, kind: MemberKind.MEMBER, joined: ['2020-10-01', LAST_JOIN] });
  const residents = residentsOf(facts);
  const relatives = relativesOf(facts);
  const ids = (people: Person[]) => people.map((p) => p.id);
  // no summer break: isolation takes no holiday; Christmas and Thursday holidays are off
  const base = {
    recorders: [staff.caseworker],
    breaks: breaksNo({ summer: false }),
    cancelShare: 0.02,
    cancelReasons: ['Tekniske problemer med videotjenesten', 'Gruppeleder syk'],
    status: ProgrammeStatus.ACTIVE,
  };
  const thursdays = (from: string) => onOrAfter(from, THURSDAY);

  const specs: ProgrammeSpec[] = [
    {
      ...base,
      key: 'a-larm:digital-moteplass',
      name: 'Digital møteplass',
      kind: ProgrammeKind.DIGITAL_MEETING_PLACE,
      audience: ProgrammeAudience.OPEN,
      mode: MeetingMode.VIDEO,
      meetingLink: 'https://video.example.net/a-larm-torsdag',
      description: 'Ukentlig møteplass over video for mennesker med rusrelaterte utfordringer og pårørende. LØFT: håp, ressurser, nyttige erfaringer og fremtidsfokus.',
      goalDomains: [GoalDomain.SOCIAL_NETWORK, GoalDomain.SOBRIETY],
      startsOn: thursdays('2020-10-01'),
      schedule: { intervalWeeks: 1, weekday: THURSDAY, start: '19:00', end: '20:30' },
      leaderUserIds: [staff.leader],
      leaderMemberIds: ids(volunteers.slice(0, 1)),
      pool: [...residents, ...relatives, ...users],
      group: { regulars: 9, rate: 0.7, occasional: 2, churn: 0.015 },
      guests: [2, 10],
    },
    {
      ...base,
      key: 'a-larm:parorende',
      name: 'Digital møteplass for pårørende',
      kind: ProgrammeKind.DIGITAL_MEETING_PLACE,
      audience: ProgrammeAudience.RELATIVES,
      mode: MeetingMode.VIDEO,
      meetingLink: 'https://video.example.net/a-larm-parorende',
      description: 'Annenhver torsdag før den store møteplassen: for pårørende.',
      goalDomains: [GoalDomain.FAMILY],
      startsOn: thursdays('2023-01-12'),
      schedule: { intervalWeeks: 2, weekday: THURSDAY, start: '17:30', end: '18:30' },
      leaderUserIds: [staff.leader, staff.caseworker].filter((id, i, all) => all.indexOf(id) === i),
      pool: [...relatives, ...users.slice(10)],
      group: { regulars: 4, rate: 0.7, occasional: 1, churn: 0.02 },
      guests: [1, 5],
    },
    ...[
      { key: '2025', from: '2025-10-02' },
      { key: '2026', from: '2026-02-05' },
    ].map(
      ({ key, from }): ProgrammeSpec => ({
        ...base,
        key: `a-larm:digital-opplaering-${key}`,
        name: `Digital opplæring ${key === '2025' ? 'høsten 2025' : 'våren 2026'}`,
        kind: ProgrammeKind.COURSE,
        audience: ProgrammeAudience.OPEN,
        mode: MeetingMode.IN_PERSON,
        place: 'A-LARMs lokaler, Oslo',
        description: 'Fire torsdager: kom i gang med nettbrett, telefon og videomøter, så du kan delta på den digitale møteplassen.',
        goalDomains: [GoalDomain.EDUCATION, GoalDomain.SOCIAL_NETWORK],
        status: ProgrammeStatus.ENDED,
        startsOn: thursdays(from),
        endsOn: addDays(thursdays(from), 21),
        schedule: { intervalWeeks: 1, weekday: THURSDAY, start: '16:00', end: '17:30' },
        leaderUserIds: [staff.caseworker],
        leaderMemberIds: ids(volunteers.slice(1, 2)),
        pool: [...residents, ...users],
        course: { enrolled: 6, rate: 0.85, dropout: 0.1 },
        guests: [0, 0],
      }),
    ),
  ];
  return { members, specs };
}
