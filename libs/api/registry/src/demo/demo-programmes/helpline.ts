import { CallerKind, ContactChannel, ContactOutcome, FollowUpStatus, HelplineTopic, PlannedContactStatus } from '@bridgeway/shared-domain';
import { DEMO_PERIOD, addDays, daysBetween, earlier, later, nextWorkday, weekdayOf } from '../demo-case-files/dates.js';
import type { DemoRandom } from '../demo-case-files/random.js';
import { hashOf } from './programme-planner.js';
import { uuidOf } from './uuid.js';
import type { GriefFollowUpRow, HelplineContactRow, PlannedContactRow, TenantFacts } from './plan-types.js';
import { zonedInstant } from './zoned-time.js';

type Weights<T> = readonly (readonly [T, number])[];

/** Contacts on one weekday (about 300 a year); weekends only now and then by e-mail or chat. */
const PER_WEEKDAY: Weights<number> = [
  [0, 30],
  [1, 35],
  [2, 22],
  [3, 10],
  [4, 3],
];
const CHANNELS: Weights<ContactChannel> = [
  [ContactChannel.PHONE, 76],
  [ContactChannel.CHAT, 11],
  [ContactChannel.EMAIL, 10],
  [ContactChannel.VIDEO, 2],
  [ContactChannel.IN_PERSON, 1],
];
const CALLERS: Weights<CallerKind> = [
  [CallerKind.RELATIVE, 70],
  [CallerKind.BEREAVED, 12],
  [CallerKind.PERSON_WITH_ADDICTION, 8],
  [CallerKind.PROFESSIONAL, 7],
  [CallerKind.OTHER, 3],
];
const OTHER_TOPICS: Weights<HelplineTopic> = [
  [HelplineTopic.MENTAL_HEALTH, 40],
  [HelplineTopic.PRACTICAL_LEGAL, 35],
  [HelplineTopic.OTHER, 15],
  [HelplineTopic.GRIEF_AFTER_OVERDOSE, 10],
];
const OUTCOMES: Weights<ContactOutcome> = [
  [ContactOutcome.INFORMATION_GIVEN, 55],
  [ContactOutcome.REFERRED, 22],
  [ContactOutcome.FOLLOW_UP_BOOKED, 15],
  [ContactOutcome.OTHER, 8],
];
const REFERRED_TO = [
  'Fastlege',
  'Kommunens rus- og psykiatritjeneste',
  'Pårørendesenter',
  'Sorggruppe for etterlatte',
  'Familievernkontoret',
  'Legevakt',
  'NAV-kontoret',
  'Ivaretas pårørendegruppe',
  'Gratis rettshjelp',
];
/** Short, non-identifying notes by main topic (many contacts have none). */
const NOTES: Record<HelplineTopic, string[]> = {
  SUBSTANCE_USE: [
    'Bekymret for sønnens rusbruk; snakket om grensesetting.',
    'Usikker på hvordan ta opp alkoholbruken med partneren.',
    'Ønsket informasjon om behandlingstilbud i kommunen.',
    'Datteren har avbrutt behandling; trengte noen å snakke med.',
    'Første gang hun snakker med noen om dette.',
    'Spørsmål om hva pårørende kan gjøre ved tilbakefall.',
  ],
  GRIEF_AFTER_OVERDOSE: ['Mistet broren etter en overdose i vinter.', 'Snakket om sorg og skyldfølelse.', 'Informert om sorgstøtte og samtaletilbud for etterlatte.'],
  MENTAL_HEALTH: ['Egen søvn og helse preget av situasjonen.', 'Slitne foreldre; snakket om avlastning og egne grenser.', 'Bekymret for psykisk helse hos den som ruser seg.'],
  PRACTICAL_LEGAL: ['Spørsmål om taushetsplikt og pårørendes rettigheter.', 'Spørsmål om økonomi, gjeld og verge.', 'Spørsmål om bolig og kontakt med NAV.'],
  OTHER: ['Ønsket å bli medlem og delta i en pårørendegruppe.', 'Spørsmål om seminarer og webinarer for pårørende.'],
};

const PLAN_OFFSETS = [7, 30, 90, 180, 270, 365];

export interface HelplineStaff {
  counsellors: string[];
  managers: string[];
  /** Group leaders who also take calls: they log anonymous contacts only. */
  volunteers: string[];
}

export interface HelplinePlan {
  contacts: HelplineContactRow[];
  followUps: GriefFollowUpRow[];
  plannedContacts: PlannedContactRow[];
}

/**
 * Ivareta's relatives' helpline from the first day of the period to the day before seeding:
 * a few hundred contacts a year, mostly anonymous phone calls from relatives; and grief
 * follow-up plans for a few bereaved relatives, each opened by a call on the helpline.
 */
export function planHelpline(rng: DemoRandom, seed: number, facts: TenantFacts, staff: HelplineStaff, today: string): HelplinePlan {
  const { timeZone } = facts;
  const contacts: HelplineContactRow[] = [];
  const recorders: Weights<string> = [...staff.counsellors.map((id) => [id, 45] as const), ...staff.managers.map((id) => [id, 20] as const), ...staff.volunteers.map((id) => [id, 35] as const)];
  const volunteers = new Set(staff.volunteers);
  const caseworkers = [...staff.counsellors, ...staff.managers];

  const contact = (day: string, fields: Partial<HelplineContactRow> & { callerKind: CallerKind }): HelplineContactRow => {
    const channel = fields.channel ?? rng.weighted(CHANNELS);
    const evening = channel !== ContactChannel.EMAIL && rng.chance(0.2);
    const hour = channel === ContactChannel.EMAIL ? rng.int(7, 22) : evening ? rng.int(18, 20) : rng.int(9, 14);
    const occurredAt = zonedInstant(day, `${String(hour).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`, timeZone);
    const durationMinutes =
      channel === ContactChannel.EMAIL ? rng.steps(5, 20, 5) : channel === ContactChannel.PHONE ? rng.weighted([[10, 15], [15, 20], [20, 20], [30, 20], [45, 15], [60, 10]] as const) : rng.steps(15, 60, 5);
    const bereaved = fields.callerKind === CallerKind.BEREAVED;
    const main = bereaved ? HelplineTopic.GRIEF_AFTER_OVERDOSE : rng.chance(0.75) ? HelplineTopic.SUBSTANCE_USE : rng.weighted(OTHER_TOPICS);
    const topics = [main];
    if (rng.chance(0.35)) {
      const second = rng.weighted(OTHER_TOPICS);
      if (second !== main) topics.push(second);
    }
    const outcome = fields.outcome ?? rng.weighted(OUTCOMES);
    const recordedById = fields.recordedById ?? rng.weighted(recorders);
    return {
      id: uuidOf(rng),
      occurredAt,
      durationMinutes,
      channel,
      callerKind: fields.callerKind,
      topics,
      outcome,
      referredTo: outcome === ContactOutcome.REFERRED ? rng.pick(REFERRED_TO) : null,
      notes: rng.chance(0.45) ? rng.pick(NOTES[main]) : null,
      relativeId: fields.relativeId ?? null,
      residentId: fields.residentId ?? null,
      departmentId: null,
      recordedById,
      createdAt: new Date(occurredAt.getTime() + (durationMinutes + rng.int(1, 30)) * 60_000),
    };
  };

  for (let day: string = DEMO_PERIOD.start; day < today; day = addDays(day, 1)) {
    const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
    const count = weekend ? (rng.chance(0.1) ? 1 : 0) : rng.weighted(PER_WEEKDAY);
    for (let i = 0; i < count; i++) {
      const callerKind = rng.weighted(CALLERS);
      const recordedById = rng.weighted(recorders);
      // some callers are already known to Ivareta: a relative's record (never linked by a volunteer)
      const known = facts.relatives.filter((r) => r.since <= day);
      const linked = !volunteers.has(recordedById) && (callerKind === CallerKind.RELATIVE || callerKind === CallerKind.BEREAVED) && known.length && rng.chance(0.12);
      const residents = facts.residents.filter((r) => r.intakeDate <= day && !r.closed);
      const resident = !volunteers.has(recordedById) && callerKind === CallerKind.PERSON_WITH_ADDICTION && residents.length && rng.chance(0.2);
      contacts.push(
        contact(day, {
          callerKind,
          recordedById,
          channel: weekend ? rng.pick([ContactChannel.EMAIL, ContactChannel.CHAT]) : undefined,
          relativeId: linked ? rng.pick(known).id : null,
          residentId: resident ? rng.pick(residents).id : null,
        }),
      );
    }
  }

  // grief follow-up: a year of planned contacts for a few bereaved relatives, after a call;
  // from its own seed, so the helpline's recent weeks never shift it
  rng.faker.seed((seed + hashOf('helpline:grief')) % 2_147_483_647);
  const followUps: GriefFollowUpRow[] = [];
  const plannedContacts: PlannedContactRow[] = [];
  // spread over the period: the n-th plan starts in the n-th sixth of it, with a relative known by then
  const candidates = facts.relatives.filter((r) => !r.linked);
  // (inside the project years, so the period's rows do not depend on the seeding day)
  const lastStart = addDays(DEMO_PERIOD.end, -30);
  const span = daysBetween(DEMO_PERIOD.start, lastStart);
  const chosen = new Set<string>();
  for (let n = 0; n < 6; n++) {
    const windowStart = addDays(DEMO_PERIOD.start, Math.floor((span * n) / 6));
    const windowEnd = addDays(DEMO_PERIOD.start, Math.floor((span * (n + 1)) / 6));
    const known = candidates.filter((r) => !chosen.has(r.id) && r.since <= addDays(windowEnd, -7));
    if (!known.length) continue;
    const relative = rng.pick(known);
    chosen.add(relative.id);
    const earliest = later(addDays(relative.since, 7), windowStart);
    const startedOn = nextWorkday(rng.day(earliest, later(earliest, windowEnd)));
    const responsibleId = rng.pick(caseworkers);
    const callDay = later(addDays(startedOn, -rng.int(1, 5)), later(relative.since, DEMO_PERIOD.start));
    contacts.push(
      contact(callDay, { callerKind: CallerKind.BEREAVED, channel: ContactChannel.PHONE, outcome: ContactOutcome.FOLLOW_UP_BOOKED, relativeId: relative.id, recordedById: responsibleId }),
    );
    const followUp: GriefFollowUpRow = {
      id: uuidOf(rng),
      relativeId: relative.id,
      startedOn,
      status: FollowUpStatus.ACTIVE,
      responsibleId,
      departmentId: null,
      note: 'Sorgstøtte etter overdosedødsfall: fast kontakt det første året.',
      createdAt: rng.officeTime(startedOn),
    };
    // one of them ends the follow-up early
    const endsEarly = n === 1;
    let ended = false;
    let open = false;
    for (const [i, offset] of PLAN_OFFSETS.entries()) {
      const plannedOn = nextWorkday(addDays(startedOn, offset));
      // drawn whether or not the contact is past yet, so the seeding day never shifts later rows
      let outcome = rng.weighted([
        [PlannedContactStatus.DONE, 86],
        [PlannedContactStatus.MISSED, 10],
        [PlannedContactStatus.CANCELLED, 4],
      ] as const);
      const delay = rng.int(0, 3);
      const doneNote = rng.pick(['Samtale på telefon.', 'Samtale på kontoret.', 'Kort samtale; har det litt bedre.', 'Snakket om merkedager og det første året.']);
      // the first plan always shows a missed contact (the follow-up screen has every status to show)
      if (n === 0 && i === 2) outcome = PlannedContactStatus.MISSED;
      let status: PlannedContactStatus = PlannedContactStatus.PLANNED;
      let doneOn: string | null = null;
      let note: string | null = null;
      if (ended) {
        status = PlannedContactStatus.CANCELLED;
        note = 'Ønsket å avslutte oppfølgingen.';
      } else if (plannedOn < today) {
        status = outcome;
        if (status === PlannedContactStatus.DONE) {
          doneOn = earlier(addDays(plannedOn, delay), addDays(today, -1));
          note = doneNote;
        } else if (status === PlannedContactStatus.MISSED) note = 'Fikk ikke svar; ny avtale sendt på SMS.';
        else note = 'Avlyst etter ønske.';
        if (endsEarly && i === 1) ended = true;
      } else open = true;
      plannedContacts.push({ id: uuidOf(rng), followUpId: followUp.id, plannedOn, status, doneOn, note, createdAt: followUp.createdAt });
    }
    followUp.status = ended ? FollowUpStatus.ENDED : open ? FollowUpStatus.ACTIVE : FollowUpStatus.COMPLETED;
    followUps.push(followUp);
  }
  contacts.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return { contacts, followUps, plannedContacts };
}
