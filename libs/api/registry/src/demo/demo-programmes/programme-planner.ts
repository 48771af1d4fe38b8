import { EnrolmentStatus, type GoalDomain, type MeetingMode, MeetingStatus, type ProgrammeAudience, type ProgrammeKind, ProgrammeStatus } from '@bridgeway/shared-domain';
import { addDays, earlier, later } from '../demo-case-files/dates.js';
import type { DemoLanguage, DemoRandom } from '../demo-case-files/random.js';
import { type Break, MEETINGS_FROM, horizonOf, inBreak, isoWeekday, slotDays } from './calendar.js';
import { available, refOf, type Person } from './participants.js';
import type { AttendanceRow, EnrolmentRow, LeaderRow, MeetingRow, ProgrammeRow } from './plan-types.js';
import { uuidOf } from './uuid.js';
import { minutesBetween, zonedInstant } from './zoned-time.js';

export interface Schedule {
  intervalWeeks: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  start: string;
  end: string;
}

/** A group: regulars who come most weeks (they join and leave over time), a few occasional visitors, guests. */
export interface GroupAttendance {
  regulars: number;
  /** Chance a regular comes to a meeting. */
  rate: number;
  /** Occasional named visitors per meeting, on average. */
  occasional: number;
  /** Chance a regular stops coming, per meeting. */
  churn: number;
}

/** A course or seminar: people enrol before the first meeting, attend (or not: recorded as absent), complete or not. */
export interface CourseAttendance {
  enrolled: number;
  rate: number;
  /** Chance an enrolled person drops out part-way. */
  dropout: number;
}

export interface ProgrammeSpec {
  /** Seeds the programme's own random source: other programmes never shift its rows. */
  key: string;
  name: string;
  kind: ProgrammeKind;
  audience: ProgrammeAudience;
  mode: MeetingMode;
  place?: string;
  meetingLink?: string;
  description?: string;
  departmentId?: string | null;
  goalDomains?: GoalDomain[];
  status: ProgrammeStatus;
  /** A slot day of the schedule (so the generator counts its weeks from a meeting day). */
  startsOn: string;
  endsOn?: string;
  schedule?: Schedule;
  /** Last day a generated meeting falls on (a pause, the end of a course's series); default endsOn / the horizon. */
  slotsUntil?: string;
  /** Meetings outside the schedule (a follow-up session, a seminar day). */
  oneOffs?: { day: string; start: string; end: string; note?: string }[];
  leaderUserIds: string[];
  leaderMemberIds?: string[];
  /** Staff who record attendance when no leader has an account. */
  recorders: string[];
  pool: Person[];
  group?: GroupAttendance;
  course?: CourseAttendance;
  guests: readonly [number, number];
  breaks?: Break[];
  cancelShare?: number;
  cancelReasons?: string[];
  /** Share of past meetings moved to the next day (scheduledFor keeps the slot). */
  moveShare?: number;
  moveNote?: string;
}

export interface PlanContext {
  tenantId: string;
  timeZone: string;
  language: DemoLanguage;
  seed: number;
  /** The seeding day: meetings before it are past, from it on they are planned. */
  today: string;
}

export interface PlannedProgramme {
  programme: ProgrammeRow;
  leaders: LeaderRow[];
  meetings: MeetingRow[];
  attendance: AttendanceRow[];
  enrolments: EnrolmentRow[];
}

/** FNV-1a: a stable number from a text, to give every programme its own seed. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

interface Slot {
  day: string;
  start: string;
  end: string;
  generated: boolean;
  note?: string;
}

function slotsOf(spec: ProgrammeSpec, today: string): Slot[] {
  const paused = (spec.breaks ?? []).filter((b) => b.pause);
  const slots: Slot[] = [];
  const from = later(spec.startsOn, MEETINGS_FROM);
  if (spec.schedule) {
    const { intervalWeeks, weekday, start, end } = spec.schedule;
    if (isoWeekday(spec.startsOn) !== weekday) throw new Error(`${spec.name}: startsOn ${spec.startsOn} is not on weekday ${weekday}`);
    let until = horizonOf(today);
    if (spec.slotsUntil) until = earlier(until, spec.slotsUntil);
    if (spec.endsOn) until = earlier(until, spec.endsOn);
    for (const day of slotDays(spec.startsOn, intervalWeeks, from, until)) if (!inBreak(day, paused)) slots.push({ day, start, end, generated: true });
  }
  for (const o of spec.oneOffs ?? []) if (o.day >= MEETINGS_FROM) slots.push({ ...o, generated: false });
  return slots.sort((a, b) => a.day.localeCompare(b.day) || a.start.localeCompare(b.start));
}

/**
 * One programme with its leaders, meetings (past ones held or cancelled, the generator's weeks
 * ahead scheduled), attendance and enrolments. Deterministic for a spec, context and seeding day:
 * `rng` is reseeded from the programme's key, so other programmes never shift its rows (one
 * Faker per tenant, reseeded: building one is slow).
 */
export function planProgramme(spec: ProgrammeSpec, ctx: PlanContext, rng: DemoRandom): PlannedProgramme {
  rng.faker.seed((ctx.seed + hashOf(spec.key)) % 2_147_483_647);
  const { today, timeZone } = ctx;
  const createdOn = addDays(later(spec.startsOn, addDays(MEETINGS_FROM, -400)), -rng.int(7, 30));
  const programme: ProgrammeRow = {
    id: uuidOf(rng),
    name: spec.name,
    kind: spec.kind,
    audience: spec.audience,
    mode: spec.mode,
    place: spec.place ?? null,
    meetingLink: spec.meetingLink ?? null,
    description: spec.description ?? null,
    departmentId: spec.departmentId ?? null,
    goalDomains: spec.goalDomains ?? [],
    status: spec.status,
    startsOn: spec.startsOn,
    endsOn: spec.endsOn ?? null,
    scheduleIntervalWeeks: spec.schedule?.intervalWeeks ?? null,
    scheduleWeekday: spec.schedule?.weekday ?? null,
    scheduleStartTime: spec.schedule?.start ?? null,
    scheduleEndTime: spec.schedule?.end ?? null,
    createdAt: rng.officeTime(createdOn),
  };
  const leaders: LeaderRow[] = [
    ...spec.leaderUserIds.map((userId) => ({ id: uuidOf(rng), programmeId: programme.id, userId, memberId: null })),
    ...(spec.leaderMemberIds ?? []).map((memberId) => ({ id: uuidOf(rng), programmeId: programme.id, userId: null, memberId })),
  ];
  const leading = new Set(spec.leaderMemberIds ?? []);
  const pool = spec.pool.filter((p) => !leading.has(p.id));
  const takers = spec.leaderUserIds.length ? spec.leaderUserIds : spec.recorders;

  const meetings: MeetingRow[] = [];
  const attendance: AttendanceRow[] = [];
  const held: string[] = [];
  const group = spec.group ? new Roster(rng, spec.group, pool) : undefined;
  const course = spec.course ? new Course(rng, spec.course, pool) : undefined;

  const slots = slotsOf(spec, today);
  // A group's latest meeting of the past week is left for its leader to take attendance (their
  // home page's to-do, one tap away); courses and volunteer-led programmes are all recorded.
  const lastPast = slots.filter((s) => s.day < today).at(-1)?.day;
  const leftToTake = group && spec.leaderUserIds.length && lastPast && lastPast >= addDays(today, -7) ? lastPast : undefined;
  for (const slot of slots) {
    const past = slot.day < today;
    const startsAt = zonedInstant(slot.day, slot.start, timeZone);
    const endsAt = zonedInstant(slot.day, slot.end, timeZone);
    const createdDay = slot.generated ? later(addDays(slot.day, -rng.int(28, 42)), createdOn) : addDays(slot.day, -rng.int(7, 40));
    const meeting: MeetingRow = {
      id: uuidOf(rng),
      programmeId: programme.id,
      startsAt,
      endsAt,
      scheduledFor: slot.generated ? startsAt : null,
      status: MeetingStatus.SCHEDULED,
      cancelReason: null,
      place: null,
      guestCount: 0,
      note: slot.note ?? null,
      attendanceTakenAt: null,
      attendanceTakenById: null,
      createdAt: rng.officeTime(earlier(createdDay, addDays(today, -1))),
    };
    meetings.push(meeting);
    group?.nextWeek(slot.day);
    const holiday = spec.course ? undefined : inBreak(slot.day, (spec.breaks ?? []).filter((b) => !b.pause));
    if (holiday) {
      meeting.status = MeetingStatus.CANCELLED;
      meeting.cancelReason = holiday.reason;
      continue;
    }
    if (!past || slot.day === leftToTake) continue;
    if (!spec.course && spec.cancelReasons?.length && rng.chance(spec.cancelShare ?? 0)) {
      meeting.status = MeetingStatus.CANCELLED;
      meeting.cancelReason = rng.pick(spec.cancelReasons);
      continue;
    }
    if (slot.generated && spec.moveShare && slot.day < addDays(today, -1) && rng.chance(spec.moveShare)) {
      // moved to the next day at the same time; the slot it was generated for stays
      meeting.startsAt = zonedInstant(addDays(slot.day, 1), slot.start, timeZone);
      meeting.endsAt = zonedInstant(addDays(slot.day, 1), slot.end, timeZone);
      meeting.note = spec.moveNote ?? null;
    }
    const minutes = minutesBetween(slot.start, slot.end);
    const present = group ? group.attend(slot.day) : course ? course.attend(slot.day, held.length, minutes) : { present: [], absent: [] };
    let guests = rng.int(...spec.guests);
    if (!present.present.length && !guests) guests = 1;
    const takenBy = rng.pick(takers);
    const takenAt = new Date(meeting.endsAt.getTime() + rng.int(5, 150) * 60_000);
    Object.assign(meeting, { status: MeetingStatus.HELD, guestCount: guests, attendanceTakenAt: takenAt, attendanceTakenById: takenBy });
    for (const [people, isPresent] of [
      [present.present, true],
      [present.absent, false],
    ] as const) {
      for (const person of people) attendance.push({ id: uuidOf(rng), meetingId: meeting.id, ...refOf(person), present: isPresent, recordedById: takenBy, recordedAt: takenAt });
    }
    held.push(slot.day);
  }

  // a course is finished when none of its meetings is still ahead
  const finished = held.length > 0 && meetings.every((m) => m.status !== MeetingStatus.SCHEDULED);
  const enrolments = group ? group.enrolments(programme.id) : course ? course.enrolments(programme.id, held, finished) : [];
  return { programme, leaders, meetings, attendance, enrolments };
}

/** The regulars of a group over time. */
class Roster {
  private readonly members = new Map<Person, string>();
  private readonly ever = new Set<Person>();

  constructor(
    private readonly rng: DemoRandom,
    private readonly spec: GroupAttendance,
    private readonly pool: Person[],
  ) {}

  /** Regulars leave now and then; newcomers fill the places, a few at a time (all at once the first week). */
  nextWeek(day: string): void {
    const { rng } = this;
    for (const person of [...this.members.keys()]) {
      if (!available(person, day) || rng.chance(this.spec.churn)) this.members.delete(person);
    }
    const first = this.ever.size === 0;
    while (this.members.size < this.spec.regulars && (first || rng.chance(0.3))) {
      const candidates = this.pool.filter((p) => !this.members.has(p) && available(p, day));
      if (!candidates.length) break;
      const fresh = candidates.filter((p) => !this.ever.has(p));
      const person = rng.pick(fresh.length ? fresh : candidates);
      this.members.set(person, day);
      this.ever.add(person);
    }
  }

  attend(day: string): { present: Person[]; absent: Person[] } {
    const { rng } = this;
    const rate = Math.min(0.97, this.spec.rate * (0.85 + rng.int(0, 25) / 100));
    const present = [...this.members.keys()].filter(() => rng.chance(rate));
    const others = this.pool.filter((p) => !this.members.has(p) && available(p, day));
    // on average `occasional` visitors: 0 … twice that many
    present.push(...rng.sample(others, rng.int(0, Math.round(2 * this.spec.occasional))));
    return { present, absent: [] };
  }

  /** The current regulars are enrolled (the attendance screen lists them), since the day they joined. */
  enrolments(programmeId: string): EnrolmentRow[] {
    return [...this.members.entries()].map(([person, joined]) => ({
      id: uuidOf(this.rng),
      programmeId,
      ...refOf(person),
      enrolledOn: joined,
      status: EnrolmentStatus.ENROLLED,
      completedOn: null,
      hours: null,
      createdAt: this.rng.officeTime(joined),
    }));
  }
}

/** Enrolled participants of a course: every held meeting records each of them, present or absent. */
class Course {
  private participants: { person: Person; enrolledOn: string; dropsAfter: number; attended: number; minutes: number }[] = [];

  constructor(
    private readonly rng: DemoRandom,
    private readonly spec: CourseAttendance,
    private readonly pool: Person[],
  ) {}

  /** `index`: meetings held before this one; the first one fixes who enrolled. */
  attend(day: string, index: number, minutes: number): { present: Person[]; absent: Person[] } {
    const { rng } = this;
    if (index === 0) {
      const candidates = this.pool.filter((p) => available(p, day));
      this.participants = rng.sample(candidates, this.spec.enrolled).map((person) => ({
        person,
        enrolledOn: later(person.from, addDays(day, -rng.int(3, 28))),
        dropsAfter: rng.chance(this.spec.dropout) ? rng.int(1, 3) : Number.POSITIVE_INFINITY,
        attended: 0,
        minutes: 0,
      }));
    }
    const present: Person[] = [];
    const absent: Person[] = [];
    for (const p of this.participants) {
      if (index < p.dropsAfter && available(p.person, day) && rng.chance(this.spec.rate)) {
        present.push(p.person);
        p.attended++;
        p.minutes += minutes;
      } else absent.push(p.person);
    }
    return { present, absent };
  }

  /**
   * Once the last meeting is past: COMPLETED with at least 70 % of the meetings, else DID_NOT_COMPLETE,
   * on the day of the last meeting, with the hours attended. Until then: ENROLLED.
   */
  enrolments(programmeId: string, heldDays: string[], finished: boolean): EnrolmentRow[] {
    const { rng } = this;
    const lastDay = heldDays[heldDays.length - 1];
    return this.participants.map((p) => {
      const completed = p.dropsAfter === Number.POSITIVE_INFINITY && p.attended >= Math.ceil(heldDays.length * 0.7);
      return {
        id: uuidOf(rng),
        programmeId,
        ...refOf(p.person),
        enrolledOn: p.enrolledOn,
        status: !finished ? EnrolmentStatus.ENROLLED : completed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.DID_NOT_COMPLETE,
        completedOn: finished ? lastDay : null,
        hours: finished ? (p.minutes / 60).toFixed(1) : null,
        createdAt: rng.officeTime(p.enrolledOn),
      };
    });
  }
}
