import { DepartmentStatus, GoalDomain, HandoutKind, MeetingMode, MemberKind, ProgrammeAudience, ProgrammeKind, ProgrammeStatus } from '@bridgeway/shared-domain';
import { DEMO_PERIOD, addDays } from '../demo-case-files/dates.js';
import { DemoRandom } from '../demo-case-files/random.js';
import { inBreak, onOrAfter } from './calendar.js';
import { LAST_JOIN, available, inventMembers, relativesOf, residentsOf, type Person } from './participants.js';
import type { DepartmentRow, HandoutRow, MemberRow, TenantFacts } from './plan-types.js';
import { hashOf, type PlanContext, type ProgrammeSpec } from './programme-planner.js';
import { uuidOf } from './uuid.js';
import { CANCEL_REASONS_NB, breaksNo, staffOf } from './tenant-kit.js';

/** The department Notodden is paused since, and why (R.O.T: "lagt på is etter sommeren"). */
export const NOTODDEN_PAUSE = { since: '2026-08-15', reason: 'Paused after the summer' } as const;

const DEPARTMENTS = [
  { key: 'porsgrunn', name: 'Porsgrunn', place: 'Raschebakken dagsenter, Porsgrunn (hovedkontor)' },
  { key: 'hamar', name: 'Hamar', place: 'Hamar sentrum' },
  { key: 'tonsberg', name: 'Tønsberg', place: 'Tønsberg sentrum' },
  { key: 'notodden', name: 'Notodden', place: 'Notodden' },
] as const;
type DepartmentKey = (typeof DEPARTMENTS)[number]['key'];

export interface RotPlan {
  departments: DepartmentRow[];
  departmentIds: Record<DepartmentKey, string>;
  members: MemberRow[];
  specs: ProgrammeSpec[];
  handouts: HandoutRow[];
  staffDepartments: { userId: string; departmentId: string }[];
}

/**
 * R.O.T – Recovery og Tilfriskning (seeds 000, 001): a user organisation with its head office in
 * Porsgrunn (main group, girls' group, children of addicts, activity group, food and nutrition,
 * the Academy for volunteers and group leaders in spring with a summing-up in autumn, food
 * parcels), Hamar's Monday meetings, Tønsberg's Monday groups, social activities and Friday café
 * (with a partner, until the summer), and Notodden, paused after the summer.
 */
export function planRot(facts: TenantFacts, ctx: PlanContext): RotPlan {
  const rng = new DemoRandom('nb', ctx.seed + hashOf('rot:organisation'));
  const staff = staffOf(facts);
  const existing = new Map(facts.departments.map((d) => [d.name, d.id]));
  const departments: DepartmentRow[] = [];
  const departmentIds = {} as Record<DepartmentKey, string>;
  for (const d of DEPARTMENTS) {
    const id = uuidOf(rng);
    departmentIds[d.key] = existing.get(d.name) ?? id;
    if (existing.has(d.name)) continue;
    const paused = d.key === 'notodden';
    departments.push({
      id,
      name: d.name,
      place: d.place,
      status: paused ? DepartmentStatus.PAUSED : DepartmentStatus.ACTIVE,
      statusSince: paused ? NOTODDEN_PAUSE.since : null,
      statusReason: paused ? NOTODDEN_PAUSE.reason : null,
      createdAt: rng.officeTime('2024-10-14'),
    });
  }
  const dep = departmentIds;
  const before = addDays(DEMO_PERIOD.start, -1);
  const members: MemberRow[] = [];
  const batch = (...args: Parameters<typeof inventMembers>[1][]): Person[] =>
    args.flatMap((b) => {
      const { rows, people } = inventMembers(rng, b);
      members.push(...rows);
      return people;
    });
  const volunteers = {
    porsgrunn: batch({ count: 4, kind: MemberKind.VOLUNTEER, departmentId: dep.porsgrunn, joined: ['2018-01-15', before] }),
    hamar: batch({ count: 2, kind: MemberKind.VOLUNTEER, departmentId: dep.hamar, joined: ['2019-06-01', before] }),
    tonsberg: batch({ count: 2, kind: MemberKind.VOLUNTEER, departmentId: dep.tonsberg, joined: ['2019-06-01', before] }),
    notodden: batch({ count: 1, kind: MemberKind.VOLUNTEER, departmentId: dep.notodden, joined: ['2020-01-01', before] }),
  };
  const porsgrunn = batch(
    { count: 10, kind: MemberKind.MEMBER, departmentId: dep.porsgrunn, joined: ['2019-01-01', before] },
    { count: 8, kind: MemberKind.MEMBER, departmentId: dep.porsgrunn, joined: [DEMO_PERIOD.start, LAST_JOIN] },
  );
  const girls = batch({ count: 6, kind: MemberKind.MEMBER, departmentId: dep.porsgrunn, female: true, joined: ['2021-01-01', LAST_JOIN] });
  const young = batch({ count: 7, kind: MemberKind.MEMBER, departmentId: dep.porsgrunn, joined: ['2022-01-01', LAST_JOIN] });
  const hamar = batch({ count: 7, kind: MemberKind.MEMBER, departmentId: dep.hamar, joined: ['2019-06-01', LAST_JOIN] });
  const tonsberg = batch({ count: 9, kind: MemberKind.MEMBER, departmentId: dep.tonsberg, joined: ['2019-06-01', LAST_JOIN] });
  const notodden = batch({ count: 5, kind: MemberKind.MEMBER, departmentId: dep.notodden, joined: ['2020-01-01', '2026-03-01'] });

  const residents = residentsOf(facts);
  const standaloneRelatives = relativesOf(facts, (r) => !r.linked);
  const ids = (people: Person[]) => people.map((p) => p.id);
  const [manager] = staff.managers;
  const counsellor = staff.caseworker;
  const leader = staff.leader;
  const breaks = breaksNo({ summer: true });
  const weekly = (weekday: number, start: string, end: string) => ({ intervalWeeks: 1, weekday, start, end });
  const base = { mode: MeetingMode.IN_PERSON, recorders: [manager ?? counsellor], breaks, cancelShare: 0.03, cancelReasons: CANCEL_REASONS_NB };
  const porsgrunnPlace = 'Raschebakken dagsenter, Porsgrunn';

  const specs: ProgrammeSpec[] = [
    {
      ...base,
      key: 'rot:hovedgruppe',
      name: 'Hovedgruppe',
      kind: ProgrammeKind.SUPPORT_GROUP,
      audience: ProgrammeAudience.RESIDENTS,
      place: porsgrunnPlace,
      description: 'Ukentlig samtalegruppe for brukere: erfaringsdeling, støtte og fellesskap.',
      departmentId: dep.porsgrunn,
      goalDomains: [GoalDomain.SOBRIETY, GoalDomain.SOCIAL_NETWORK],
      status: ProgrammeStatus.ACTIVE,
      startsOn: onOrAfter('2017-09-01', 2),
      schedule: weekly(2, '18:00', '19:30'),
      leaderUserIds: [manager].filter(Boolean),
      leaderMemberIds: ids(volunteers.porsgrunn.slice(0, 1)),
      pool: [...porsgrunn, ...residents],
      group: { regulars: 9, rate: 0.75, occasional: 1.5, churn: 0.015 },
      guests: [0, 3],
      moveShare: 0.01,
      moveNote: 'Flyttet én dag: lokalet var opptatt.',
    },
    {
      ...base,
      key: 'rot:jentegruppe',
      name: 'Jentegruppe',
      kind: ProgrammeKind.SUPPORT_GROUP,
      audience: ProgrammeAudience.RESIDENTS,
      place: porsgrunnPlace,
      description: 'Gruppe for jenter og kvinner med egenerfaring.',
      departmentId: dep.porsgrunn,
      goalDomains: [GoalDomain.SOCIAL_NETWORK, GoalDomain.HEALTH],
      status: ProgrammeStatus.ACTIVE,
      startsOn: onOrAfter('2019-01-07', 3),
      schedule: weekly(3, '18:00', '19:30'),
      leaderUserIds: [leader],
      leaderMemberIds: ids(volunteers.porsgrunn.slice(1, 2)),
      pool: [...girls, ...porsgrunn.filter((p) => p.female)],
      group: { regulars: 6, rate: 0.75, occasional: 0.7, churn: 0.015 },
      guests: [0, 1],
    },
    {
      ...base,
      key: 'rot:barn-av-rusavhengige',
      name: 'Barn av rusavhengige',
      kind: ProgrammeKind.SUPPORT_GROUP,
      audience: ProgrammeAudience.YOUNG_RELATIVES,
      place: porsgrunnPlace,
      description: 'Samtalegruppe annenhver torsdag for unge som har vokst opp med rus i familien.',
      departmentId: dep.porsgrunn,
      goalDomains: [GoalDomain.FAMILY],
      status: ProgrammeStatus.ACTIVE,
      startsOn: onOrAfter('2020-01-09', 4),
      schedule: { intervalWeeks: 2, weekday: 4, start: '17:30', end: '19:00' },
      leaderUserIds: [counsellor],
      leaderMemberIds: ids(volunteers.porsgrunn.slice(2, 3)),
      pool: [...young, ...standaloneRelatives],
      group: { regulars: 5, rate: 0.7, occasional: 0.5, churn: 0.02 },
      guests: [0, 1],
    },
    {
      ...base,
      key: 'rot:aktivitetsgruppe',
      name: 'Aktivitetsgruppe',
      kind: ProgrammeKind.ACTIVITY,
      audience: ProgrammeAudience.OPEN,
      place: 'Oppmøte ved Raschebakken dagsenter',
      description: 'Turer, bowling, kino og andre aktiviteter på lørdager – sosial mestring i fellesskap.',
      departmentId: dep.porsgrunn,
      goalDomains: [GoalDomain.SOCIAL_NETWORK, GoalDomain.HEALTH],
      status: ProgrammeStatus.ACTIVE,
      startsOn: onOrAfter('2018-04-07', 6),
      schedule: weekly(6, '12:00', '15:00'),
      leaderUserIds: [leader],
      leaderMemberIds: ids(volunteers.porsgrunn.slice(3, 4)),
      pool: [...porsgrunn, ...young, ...residents],
      group: { regulars: 7, rate: 0.6, occasional: 2, churn: 0.02 },
      guests: [0, 4],
    },
    {
      ...base,
      key: 'rot:mat-og-ernaering',
      name: 'Mat og ernæring',
      kind: ProgrammeKind.ACTIVITY,
      audience: ProgrammeAudience.RESIDENTS,
      place: 'Kjøkkenet, Raschebakken dagsenter',
      description: 'Vi lager et sunt måltid sammen og spiser sammen; om budsjett, innkjøp og matlaging.',
      departmentId: dep.porsgrunn,
      goalDomains: [GoalDomain.HEALTH, GoalDomain.LIVING_SKILLS],
      status: ProgrammeStatus.ACTIVE,
      startsOn: onOrAfter('2021-02-04', 4),
      schedule: weekly(4, '15:30', '17:00'),
      leaderUserIds: [counsellor],
      leaderMemberIds: ids(volunteers.porsgrunn.slice(0, 1)),
      pool: [...porsgrunn, ...residents],
      group: { regulars: 6, rate: 0.7, occasional: 1, churn: 0.02 },
      guests: [0, 2],
    },
    ...[2025, 2026].map((year): ProgrammeSpec => {
      const startsOn = onOrAfter(`${year}-02-02`, 1);
      const followUp = onOrAfter(`${year}-09-15`, 1);
      return {
        ...base,
        key: `rot:akademiet-${year}`,
        name: `R.O.T Akademiet ${year}`,
        kind: ProgrammeKind.COURSE,
        audience: ProgrammeAudience.VOLUNTEERS,
        place: porsgrunnPlace,
        description: 'Kurs for frivillige og gruppeledere: åtte kvelder om våren, oppsummering om høsten.',
        departmentId: dep.porsgrunn,
        goalDomains: [GoalDomain.EDUCATION, GoalDomain.SOCIAL_NETWORK],
        status: ProgrammeStatus.ENDED,
        startsOn,
        endsOn: followUp,
        schedule: weekly(1, '17:00', '20:00'),
        slotsUntil: addDays(startsOn, 7 * 7),
        oneOffs: [{ day: followUp, start: '17:00', end: '20:00', note: 'Oppsummering om høsten' }],
        leaderUserIds: [manager, counsellor].filter((id, i, all) => id && all.indexOf(id) === i),
        pool: [...Object.values(volunteers).flat(), ...porsgrunn.slice(0, 8), ...tonsberg.slice(0, 3), ...hamar.slice(0, 2)],
        course: { enrolled: 10, rate: 0.88, dropout: 0.12 },
        guests: [0, 0],
      };
    }),
    {
      ...base,
      key: 'rot:hamar-mandag',
      name: 'Mandagsmøte Hamar',
      kind: ProgrammeKind.SUPPORT_GROUP,
      audience: ProgrammeAudience.OPEN,
      place: 'Hamar sentrum',
      description: 'Treffpunkt hver mandag med kaffe, samtalegruppe og 1:1-samtaler.',
      departmentId: dep.hamar,
      goalDomains: [GoalDomain.SOCIAL_NETWORK],
      status: ProgrammeStatus.ACTIVE,
      startsOn: onOrAfter('2019-09-02', 1),
      schedule: weekly(1, '18:00', '20:00'),
      leaderUserIds: [],
      leaderMemberIds: ids(volunteers.hamar),
      pool: hamar,
      group: { regulars: 5, rate: 0.7, occasional: 1, churn: 0.02 },
      guests: [0, 3],
    },
    {
      ...base,
      key: 'rot:tonsberg-mandag',
      name: 'Mandagsgruppe Tønsberg',
      kind: ProgrammeKind.SUPPORT_GROUP,
      audience: ProgrammeAudience.OPEN,
      place: 'Tønsberg sentrum',
      description: 'Samtalegruppe hver mandag.',
      departmentId: dep.tonsberg,
      goalDomains: [GoalDomain.SOBRIETY, GoalDomain.SOCIAL_NETWORK],
      status: ProgrammeStatus.ACTIVE,
      startsOn: onOrAfter('2019-09-02', 1),
      schedule: weekly(1, '18:00', '19:30'),
      leaderUserIds: [],
      leaderMemberIds: ids(volunteers.tonsberg.slice(0, 1)),
      pool: tonsberg,
      group: { regulars: 6, rate: 0.7, occasional: 1, churn: 0.02 },
      guests: [0, 2],
    },
    {
      ...base,
      key: 'rot:fredagskafe',
      name: 'Fredagskafé',
      kind: ProgrammeKind.CAFE,
      audience: ProgrammeAudience.OPEN,
      place: 'Kafé i Tønsberg sentrum (samarbeidspartner)',
      description: 'Åpen kafé på fredager sammen med en samarbeidspartner, frem til sommeren.',
      departmentId: dep.tonsberg,
      goalDomains: [GoalDomain.SOCIAL_NETWORK],
      status: ProgrammeStatus.ENDED,
      startsOn: onOrAfter('2023-08-18', 5),
      endsOn: onOrAfter('2026-06-15', 5),
      schedule: weekly(5, '11:00', '14:00'),
      leaderUserIds: [],
      leaderMemberIds: ids(volunteers.tonsberg.slice(1, 2)),
      pool: tonsberg,
      group: { regulars: 3, rate: 0.6, occasional: 2, churn: 0.02 },
      guests: [3, 12],
    },
    {
      ...base,
      key: 'rot:tonsberg-aktiviteter',
      name: 'Sosiale aktiviteter Tønsberg',
      kind: ProgrammeKind.ACTIVITY,
      audience: ProgrammeAudience.OPEN,
      place: 'Tønsberg',
      description: 'Kino, bowling og lignende – en lørdag i måneden.',
      departmentId: dep.tonsberg,
      goalDomains: [GoalDomain.SOCIAL_NETWORK],
      status: ProgrammeStatus.ACTIVE,
      startsOn: onOrAfter('2022-01-08', 6),
      schedule: { intervalWeeks: 4, weekday: 6, start: '14:00', end: '17:00' },
      leaderUserIds: [],
      leaderMemberIds: ids(volunteers.tonsberg.slice(0, 1)),
      pool: tonsberg,
      group: { regulars: 5, rate: 0.65, occasional: 1.5, churn: 0.03 },
      guests: [0, 3],
    },
    {
      ...base,
      key: 'rot:notodden',
      name: 'Gruppe Notodden',
      kind: ProgrammeKind.SUPPORT_GROUP,
      audience: ProgrammeAudience.OPEN,
      place: 'Notodden',
      description: 'Samtalegruppe på onsdager. Lagt på is etter sommeren: gruppelederen studerer.',
      departmentId: dep.notodden,
      goalDomains: [GoalDomain.SOCIAL_NETWORK],
      status: ProgrammeStatus.PAUSED,
      startsOn: onOrAfter('2021-09-01', 3),
      schedule: weekly(3, '18:00', '19:30'),
      slotsUntil: '2026-06-30',
      leaderUserIds: [],
      leaderMemberIds: ids(volunteers.notodden),
      pool: notodden,
      group: { regulars: 4, rate: 0.75, occasional: 0.5, churn: 0.02 },
      guests: [0, 2],
    },
  ];

  return {
    departments,
    departmentIds,
    members,
    specs,
    handouts: planFoodParcels(rng, ctx, dep, staff, [...residents, ...standaloneRelatives]),
    // the staff work from the head office
    staffDepartments: staff.all.map((userId) => ({ userId, departmentId: dep.porsgrunn })),
  };
}

/**
 * Food parcels for members who need them: every Thursday in Porsgrunn (most to people without a
 * record, some to users and relatives with one), every other Friday in Tønsberg, and warm
 * clothes once a month in winter.
 */
function planFoodParcels(rng: DemoRandom, ctx: PlanContext, dep: Record<DepartmentKey, string>, staff: ReturnType<typeof staffOf>, people: Person[]): HandoutRow[] {
  const rows: HandoutRow[] = [];
  const holidays = breaksNo({ summer: false });
  const caseworkers = [...staff.managers, ...staff.counsellors];
  const handout = (day: string, fields: Partial<HandoutRow> & Pick<HandoutRow, 'kind' | 'quantity' | 'departmentId'>): void => {
    const named = fields.residentId || fields.relativeId;
    rows.push({
      id: uuidOf(rng),
      handedOutOn: day,
      residentId: null,
      relativeId: null,
      anonymousRecipients: null,
      note: null,
      recordedById: rng.pick(named ? caseworkers : staff.all),
      createdAt: rng.officeTime(day),
      ...fields,
    });
  };
  // each series from its own seed: the recent weeks of one never shift the period's rows of the next
  rng.faker.seed((ctx.seed + hashOf('rot:handouts:porsgrunn')) % 2_147_483_647);
  for (let day = onOrAfter(DEMO_PERIOD.start, 4); day < ctx.today; day = addDays(day, 7)) {
    if (inBreak(day, holidays) || (day.slice(5, 7) === '07' && rng.chance(0.5))) continue;
    const recipients = rng.int(3, 9);
    handout(day, { kind: HandoutKind.FOOD_PARCEL, quantity: recipients + (rng.chance(0.3) ? rng.int(1, 2) : 0), anonymousRecipients: recipients, departmentId: dep.porsgrunn });
    const known = people.filter((p) => available(p, day));
    for (const person of rng.sample(known, rng.chance(0.45) ? rng.int(1, 2) : 0)) {
      handout(day, {
        kind: HandoutKind.FOOD_PARCEL,
        quantity: 1,
        residentId: person.kind === 'resident' ? person.id : null,
        relativeId: person.kind === 'relative' ? person.id : null,
        departmentId: dep.porsgrunn,
      });
    }
    const month = day.slice(5, 7);
    if (['11', '12', '01', '02'].includes(month) && Number(day.slice(8, 10)) <= 7) {
      const warm = rng.int(2, 6);
      handout(day, { kind: HandoutKind.CLOTHING, quantity: warm, anonymousRecipients: warm, departmentId: dep.porsgrunn, note: 'Vinterklær' });
    }
  }
  rng.faker.seed((ctx.seed + hashOf('rot:handouts:tonsberg')) % 2_147_483_647);
  for (let day = onOrAfter(DEMO_PERIOD.start, 5); day < ctx.today; day = addDays(day, 14)) {
    if (inBreak(day, holidays)) continue;
    const recipients = rng.int(2, 5);
    handout(day, { kind: HandoutKind.FOOD_PARCEL, quantity: recipients, anonymousRecipients: recipients, departmentId: dep.tonsberg });
  }
  return rows;
}
