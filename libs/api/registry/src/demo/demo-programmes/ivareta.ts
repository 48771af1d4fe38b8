import { GoalDomain, MeetingMode, MemberKind, ProgrammeAudience, ProgrammeKind, ProgrammeStatus } from '@bridgeway/shared-domain';
import { DEMO_PERIOD, addDays } from '../demo-case-files/dates.js';
import { DemoRandom } from '../demo-case-files/random.js';
import { onOrAfter } from './calendar.js';
import { type HelplinePlan, planHelpline } from './helpline.js';
import { LAST_JOIN, inventMembers, relativesOf, type Person } from './participants.js';
import type { MemberRow, TenantFacts } from './plan-types.js';
import { hashOf, type PlanContext, type ProgrammeSpec } from './programme-planner.js';
import { CANCEL_REASONS_NB, breaksNo, staffOf } from './tenant-kit.js';

const WEBINAR_TOPICS = [
  'Å være pårørende – hva med meg?',
  'Grensesetting og kommunikasjon',
  'Pårørendes rettigheter i helsetjenesten',
  'Høytider når noen i familien ruser seg',
  'Sorg etter overdosedødsfall',
  'Barn og unge som pårørende',
];

/**
 * Ivareta (seed 002): an organisation of and for relatives and the bereaved. The relatives'
 * helpline (the first contact for many), grief support after overdose deaths, local and central
 * relatives' groups with Unge Pårørende, and webinars.
 */
export function planIvareta(facts: TenantFacts, ctx: PlanContext): { members: MemberRow[]; specs: ProgrammeSpec[]; helpline: HelplinePlan } {
  const rng = new DemoRandom('nb', ctx.seed + hashOf('ivareta:organisation'));
  const staff = staffOf(facts);
  const before = addDays(DEMO_PERIOD.start, -1);
  const members: MemberRow[] = [];
  const batch = (b: Parameters<typeof inventMembers>[1]): Person[] => {
    const { rows, people } = inventMembers(rng, b);
    members.push(...rows);
    return people;
  };
  const volunteers = batch({ count: 5, kind: MemberKind.VOLUNTEER, joined: ['2016-01-01', before] });
  const relativeMembers = batch({ count: 10, kind: MemberKind.MEMBER, joined: ['2020-01-01', LAST_JOIN] });
  const young = batch({ count: 9, kind: MemberKind.MEMBER, joined: ['2023-01-01', LAST_JOIN] });
  const relatives = relativesOf(facts);
  const ids = (people: Person[]) => people.map((p) => p.id);
  const [manager] = staff.managers;
  const base = {
    mode: MeetingMode.IN_PERSON,
    place: 'Ivaretas lokaler, Oslo sentrum',
    recorders: [staff.caseworker],
    breaks: breaksNo({ summer: true }),
    cancelShare: 0.03,
    cancelReasons: CANCEL_REASONS_NB,
    goalDomains: [GoalDomain.FAMILY],
    status: ProgrammeStatus.ACTIVE,
  };

  const webinarDays: { day: string; start: string; end: string; note: string }[] = [];
  for (let month = new Date('2024-11-01T00:00:00Z'), i = 0; month.toISOString().slice(0, 10) < addDays(ctx.today, 60); month.setUTCMonth(month.getUTCMonth() + 2), i++) {
    const day = onOrAfter(addDays(month.toISOString().slice(0, 10), 14), 3);
    if (day.slice(5, 7) === '07') continue;
    webinarDays.push({ day, start: '19:00', end: '20:30', note: `Tema: ${WEBINAR_TOPICS[i % WEBINAR_TOPICS.length]}` });
  }

  const specs: ProgrammeSpec[] = [
    {
      ...base,
      key: 'ivareta:parorendegruppe-oslo',
      name: 'Pårørendegruppe Oslo',
      kind: ProgrammeKind.SUPPORT_GROUP,
      audience: ProgrammeAudience.RELATIVES,
      description: 'Samtalegruppe for pårørende hver tirsdag, ledet av en gruppeleder og en frivillig med pårørendeerfaring.',
      startsOn: onOrAfter('2018-01-09', 2),
      schedule: { intervalWeeks: 1, weekday: 2, start: '18:00', end: '19:30' },
      leaderUserIds: [staff.leader],
      leaderMemberIds: ids(volunteers.slice(0, 1)),
      pool: [...relatives, ...relativeMembers],
      group: { regulars: 8, rate: 0.7, occasional: 1, churn: 0.015 },
      guests: [0, 2],
    },
    {
      ...base,
      key: 'ivareta:foreldregruppe',
      name: 'Pårørendegruppe for foreldre',
      kind: ProgrammeKind.SUPPORT_GROUP,
      audience: ProgrammeAudience.RELATIVES,
      description: 'For foreldre til barn og unge voksne med rusproblemer; annenhver onsdag.',
      startsOn: onOrAfter('2021-08-25', 3),
      schedule: { intervalWeeks: 2, weekday: 3, start: '18:00', end: '20:00' },
      leaderUserIds: [staff.caseworker],
      leaderMemberIds: ids(volunteers.slice(1, 2)),
      pool: [...relatives, ...relativeMembers],
      group: { regulars: 6, rate: 0.75, occasional: 0.8, churn: 0.02 },
      guests: [0, 1],
    },
    {
      ...base,
      key: 'ivareta:unge-parorende',
      name: 'Unge Pårørende',
      kind: ProgrammeKind.SUPPORT_GROUP,
      audience: ProgrammeAudience.YOUNG_RELATIVES,
      description: 'Samlinger annenhver torsdag for unge pårørende (18–30 år).',
      startsOn: onOrAfter('2022-09-01', 4),
      schedule: { intervalWeeks: 2, weekday: 4, start: '17:00', end: '18:30' },
      leaderUserIds: [staff.leader],
      leaderMemberIds: ids(volunteers.slice(2, 3)),
      pool: young,
      group: { regulars: 6, rate: 0.7, occasional: 0.5, churn: 0.02 },
      guests: [0, 2],
    },
    {
      ...base,
      key: 'ivareta:webinar',
      name: 'Webinar for pårørende',
      kind: ProgrammeKind.SEMINAR,
      audience: ProgrammeAudience.OPEN,
      mode: MeetingMode.VIDEO,
      place: undefined,
      meetingLink: 'https://video.example.net/ivareta-webinar',
      description: 'Webinar annenhver måned som når pårørende i hele landet.',
      startsOn: webinarDays[0].day,
      oneOffs: webinarDays,
      leaderUserIds: [manager ?? staff.caseworker],
      pool: [...relatives, ...relativeMembers],
      group: { regulars: 2, rate: 0.6, occasional: 2, churn: 0.05 },
      guests: [18, 65],
    },
  ];

  const helpline = planHelpline(rng, ctx.seed, facts, { counsellors: staff.counsellors, managers: staff.managers, volunteers: staff.groupLeaders }, ctx.today);
  return { members, specs, helpline };
}
