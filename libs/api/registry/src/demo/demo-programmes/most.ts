import { GoalDomain, MeetingMode, ProgrammeAudience, ProgrammeKind, ProgrammeStatus } from '@bridgeway/shared-domain';
import { addDays } from '../demo-case-files/dates.js';
import { isoWeekday, onOrAfter } from './calendar.js';
import { relativesOf, residentsOf } from './participants.js';
import type { TenantFacts } from './plan-types.js';
import type { ProgrammeSpec } from './programme-planner.js';
import { CANCEL_REASONS_SI, breaksSi, staffOf } from './tenant-kit.js';

/** A training of Skupnosti MOST: a course of weekly sessions, or a one-day seminar. */
interface Training {
  name: string;
  kind: ProgrammeKind.COURSE | ProgrammeKind.SEMINAR;
  audience: ProgrammeAudience;
  goalDomains: GoalDomain[];
  /** First session (courses: weekly from here), or the seminar day. */
  on: string;
  sessions: number;
  start: string;
  end: string;
  /** Who enrols: residents, relatives or both. */
  from: 'residents' | 'relatives' | 'both';
  enrolled: number;
  /** Led by the partner's group leader too (so their home page shows it). */
  groupLeader?: boolean;
  guests?: readonly [number, number];
}

const course = (name: string, goalDomains: GoalDomain[], on: string, sessions: number, start: string, end: string, extra: Partial<Training> = {}): Training => ({
  name,
  kind: ProgrammeKind.COURSE,
  audience: ProgrammeAudience.RESIDENTS,
  goalDomains,
  on,
  sessions,
  start,
  end,
  from: 'residents',
  enrolled: 8,
  ...extra,
});
const seminar = (name: string, goalDomains: GoalDomain[], on: string, extra: Partial<Training> = {}): Training => ({
  name,
  kind: ProgrammeKind.SEMINAR,
  audience: ProgrammeAudience.RELATIVES,
  goalDomains,
  on,
  sessions: 1,
  start: '09:00',
  end: '14:00',
  from: 'relatives',
  enrolled: 10,
  ...extra,
});

/**
 * The 14 trainings Skupnosti MOST organised over the two project years (seed 004: "14 različnih
 * izobraževanj in usposabljanj"), spread over the partners by size: Ljubljana 5, Maribor 4,
 * Koper 3, Celje 2. Each is held inside 2024-11-01 … 2026-10-31, on the needs the seed lists:
 * money, work, daily routine and living skills, relatives, social network, emotional numbness.
 */
export const MOST_TRAININGS: Record<string, Training[]> = {
  'most-a': [
    course('Finančna pismenost in ravnanje z denarjem', [GoalDomain.FINANCES], '2025-01-14', 6, '17:00', '19:00', { groupLeader: true }),
    seminar('Seminar za svojce: zasvojenost v družini', [GoalDomain.FAMILY], '2025-03-15', { guests: [4, 12] }),
    course('Delavnica: iskanje zaposlitve', [GoalDomain.WORK], '2025-10-02', 6, '10:00', '12:00', { groupLeader: true }),
    course('Preprečevanje zdrsov in recidiva', [GoalDomain.SOBRIETY, GoalDomain.HEALTH], '2026-03-02', 8, '17:00', '18:30'),
    course('Usposabljanje za vrstniško podporo', [GoalDomain.SOCIAL_NETWORK, GoalDomain.WORK], '2026-09-02', 5, '16:00', '18:00', { enrolled: 7 }),
  ],
  'most-b': [
    course('Kuhanje in zdrava prehrana', [GoalDomain.LIVING_SKILLS, GoalDomain.HEALTH], '2025-02-06', 6, '16:00', '18:30'),
    course('Digitalne veščine za vsakdan', [GoalDomain.EDUCATION, GoalDomain.WORK], '2025-05-06', 5, '10:00', '12:00', { groupLeader: true }),
    course('Čustvena pismenost', [GoalDomain.HEALTH], '2025-11-05', 6, '17:00', '18:30'),
    seminar('Seminar za svojce in bližnje', [GoalDomain.FAMILY], '2026-04-18', { start: '09:00', end: '13:00' }),
  ],
  'most-c': [
    course('Gospodinjske veščine in dnevna rutina', [GoalDomain.DAILY_ROUTINE, GoalDomain.LIVING_SKILLS], '2025-03-03', 6, '16:00', '18:00'),
    course('Komunikacija v družini', [GoalDomain.FAMILY], '2025-10-09', 4, '17:00', '19:00', { audience: ProgrammeAudience.RELATIVES, from: 'both' }),
    course('Na poti do zaposlitve', [GoalDomain.WORK, GoalDomain.FINANCES], '2026-05-05', 5, '10:00', '12:00', { groupLeader: true, enrolled: 6 }),
  ],
  'most-d': [
    course('Socialna mreža in prosti čas', [GoalDomain.SOCIAL_NETWORK], '2025-09-10', 5, '16:00', '18:00', { groupLeader: true, enrolled: 6 }),
    seminar('Seminar: življenje brez alkohola', [GoalDomain.SOBRIETY], '2026-06-13', { audience: ProgrammeAudience.OPEN, from: 'both', start: '09:00', end: '13:00', guests: [8, 20], enrolled: 12 }),
  ],
};

/** When each partner's weekly self-help group started (C and D with their first house). */
const GROUP_SINCE: Record<string, string> = { 'most-a': '2023-09-06', 'most-b': '2024-03-06', 'most-c': '2024-12-04', 'most-d': '2025-02-05' };

/**
 * One Skupnost MOST partner: its trainings, a weekly self-help group of its residents (led by the
 * group leader with a counsellor) and, at the two larger partners, a monthly relatives' group.
 */
export function planMost(facts: TenantFacts, city: string): ProgrammeSpec[] {
  const staff = staffOf(facts);
  const residents = residentsOf(facts);
  const relatives = relativesOf(facts);
  const place = `Prostori Skupnosti MOST, ${city}`;
  const base = { mode: MeetingMode.IN_PERSON, place, recorders: [staff.caseworker], breaks: breaksSi(), cancelShare: 0.03, cancelReasons: CANCEL_REASONS_SI };

  const trainings = (MOST_TRAININGS[facts.slug] ?? []).map((t, i): ProgrammeSpec => {
    const lastDay = addDays(t.on, 7 * (t.sessions - 1));
    const weekly = t.kind === ProgrammeKind.COURSE;
    const leaders = [staff.counsellors[i % Math.max(1, staff.counsellors.length)] ?? staff.caseworker, ...(t.groupLeader && staff.groupLeaders.length ? [staff.groupLeaders[0]] : [])];
    return {
      ...base,
      key: `${facts.slug}:training:${i}`,
      name: t.name,
      kind: t.kind,
      audience: t.audience,
      goalDomains: t.goalDomains,
      status: ProgrammeStatus.ENDED,
      startsOn: t.on,
      endsOn: lastDay,
      schedule: weekly ? { intervalWeeks: 1, weekday: isoWeekday(t.on), start: t.start, end: t.end } : undefined,
      oneOffs: weekly ? undefined : [{ day: t.on, start: t.start, end: t.end }],
      leaderUserIds: leaders,
      pool: t.from === 'residents' ? residents : t.from === 'relatives' ? relatives : [...residents, ...relatives],
      course: { enrolled: t.enrolled, rate: 0.85, dropout: weekly ? 0.12 : 0 },
      guests: t.guests ?? [0, 0],
    };
  });

  const group: ProgrammeSpec = {
    ...base,
    key: `${facts.slug}:samopomoc`,
    name: 'Skupina za samopomoč',
    kind: ProgrammeKind.SUPPORT_GROUP,
    audience: ProgrammeAudience.RESIDENTS,
    description: 'Tedenska skupina stanovalcev in uporabnikov: izkušnje, podpora in cilji za naslednji teden.',
    goalDomains: [GoalDomain.SOBRIETY, GoalDomain.SOCIAL_NETWORK],
    status: ProgrammeStatus.ACTIVE,
    startsOn: onOrAfter(GROUP_SINCE[facts.slug] ?? '2024-11-06', 3),
    schedule: { intervalWeeks: 1, weekday: 3, start: '17:00', end: '18:30' },
    leaderUserIds: [staff.leader, staff.caseworker].filter((id, i, all) => all.indexOf(id) === i),
    pool: residents,
    group: { regulars: Math.max(3, Math.min(7, Math.round(residents.length / 4))), rate: 0.75, occasional: 1, churn: 0.02 },
    guests: [0, 1],
  };
  const relativesGroup: ProgrammeSpec[] =
    facts.slug === 'most-a' || facts.slug === 'most-b'
      ? [
          {
            ...base,
            key: `${facts.slug}:svojci`,
            name: 'Skupina za svojce',
            kind: ProgrammeKind.SUPPORT_GROUP,
            audience: ProgrammeAudience.RELATIVES,
            description: 'Srečanje svojcev in bližnjih vsak četrti četrtek.',
            goalDomains: [GoalDomain.FAMILY],
            status: ProgrammeStatus.ACTIVE,
            startsOn: onOrAfter('2024-01-11', 4),
            schedule: { intervalWeeks: 4, weekday: 4, start: '17:30', end: '19:00' },
            leaderUserIds: [staff.counsellors[staff.counsellors.length - 1] ?? staff.caseworker],
            pool: relatives,
            group: { regulars: 5, rate: 0.7, occasional: 1, churn: 0.03 },
            guests: [0, 2],
          },
        ]
      : [];
  return [...trainings, group, ...relativesGroup];
}
