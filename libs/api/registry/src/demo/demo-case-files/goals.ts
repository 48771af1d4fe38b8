import { GoalDomain, GoalStatus, ResidentStatus } from '@bridgeway/shared-domain';
import { DEMO_PERIOD, addDays, daysBetween, earlier, later } from './dates.js';
import type { NoteBank } from './notes.js';
import type { GoalEventRow, GoalRow } from './plan-types.js';
import type { DemoRandom } from './random.js';
import type { ResidentTimeline, StaffPools } from './residents.js';
import type { CaseFileProfile } from './tenant-profiles.js';

type Weights<T> = readonly (readonly [T, number])[];

/** Domains people in a house work on first: sobriety, routine, skills, work and money, then a home. */
const RESIDENCE_DOMAINS: Weights<GoalDomain> = [
  [GoalDomain.SOBRIETY, 4],
  [GoalDomain.DAILY_ROUTINE, 3],
  [GoalDomain.LIVING_SKILLS, 3],
  [GoalDomain.WORK, 3],
  [GoalDomain.FINANCES, 3],
  [GoalDomain.HOUSING, 3],
  [GoalDomain.FAMILY, 2],
  [GoalDomain.SOCIAL_NETWORK, 2],
  [GoalDomain.HEALTH, 2],
  [GoalDomain.EDUCATION, 1],
];

const OUTSIDE_DOMAINS: Weights<GoalDomain> = [
  [GoalDomain.WORK, 3],
  [GoalDomain.FINANCES, 3],
  [GoalDomain.FAMILY, 3],
  [GoalDomain.SOCIAL_NETWORK, 3],
  [GoalDomain.SOBRIETY, 3],
  [GoalDomain.HEALTH, 2],
  [GoalDomain.DAILY_ROUTINE, 2],
  [GoalDomain.HOUSING, 2],
  [GoalDomain.LIVING_SKILLS, 1],
  [GoalDomain.EDUCATION, 1],
];

const OUTCOMES: Weights<GoalStatus> = [
  [GoalStatus.ACHIEVED, 30],
  [GoalStatus.IN_PROGRESS, 46],
  [GoalStatus.ABANDONED, 9],
  [GoalStatus.PLANNED, 15],
];

/** Changes after creation, by the outcome the goal is heading for. */
const CHANGES: Record<GoalStatus, readonly [number, number]> = {
  ACHIEVED: [3, 7],
  IN_PROGRESS: [1, 6],
  ABANDONED: [1, 4],
  PLANNED: [0, 0],
};

/** Goals with their history: a creation event, then changes every 2–8 weeks; version = number of events. */
export class GoalPlanner {
  readonly goals: GoalRow[] = [];
  readonly events: GoalEventRow[] = [];
  readonly domainsByResident = new Map<string, GoalDomain[]>();

  constructor(
    private readonly rng: DemoRandom,
    private readonly notes: NoteBank,
    private readonly staff: StaffPools,
  ) {}

  /** Goals of every resident, then (if the profile asks) one more goal wherever a domain is still missing in the tenant. */
  planAll(profile: CaseFileProfile, timelines: ResidentTimeline[]): void {
    const rng = this.rng;
    for (const timeline of timelines) {
      const { from, to } = goalWindow(timeline);
      const span = daysBetween(from, to);
      if (span < 14) continue;
      const count = span < 60 ? 1 : rng.int(...profile.goalsPerResident);
      const domains = rng.weightedSample(timeline.stays.length ? RESIDENCE_DOMAINS : OUTSIDE_DOMAINS, count);
      domains.forEach((domain, i) => {
        const latest = earlier(addDays(from, i === 0 ? 30 : Math.floor(span * 0.6)), addDays(to, -7));
        this.planGoal(timeline, domain, rng.day(from, later(from, latest)));
      });
    }
    if (!profile.allGoalDomains) return;
    const eligible = timelines.filter((t) => daysBetween(goalWindow(t).from, goalWindow(t).to) >= 90);
    for (const domain of Object.values(GoalDomain)) {
      if (this.goals.some((g) => g.domain === domain)) continue;
      const candidates = eligible.filter((t) => !this.domainsByResident.get(t.resident.id)?.includes(domain));
      if (!candidates.length) continue;
      const timeline = rng.pick(candidates);
      const { from, to } = goalWindow(timeline);
      this.planGoal(timeline, domain, rng.day(from, addDays(to, -60)));
    }
  }

  private changedBy(timeline: ResidentTimeline): string {
    return this.rng.chance(0.85) ? timeline.resident.keyWorkerId : this.rng.pick(this.staff.caseworkers).id;
  }

  private planGoal(timeline: ResidentTimeline, domain: GoalDomain, createdOn: string): void {
    const { rng, notes } = this;
    const end = goalWindow(timeline).to;
    const outcome = rng.weighted(OUTCOMES);
    const goalId = rng.uuid();
    const events: GoalEventRow[] = [];
    const event = (day: string, changedById: string, toStatus: GoalStatus, toProgress: number, note: string, first = false): void => {
      const previous = events[events.length - 1];
      let changedAt = rng.officeTime(day);
      // two changes on one day keep their order
      if (previous && changedAt <= previous.changedAt) changedAt = new Date(previous.changedAt.getTime() + 15 * 60_000);
      events.push({
        id: rng.uuid(),
        goalId,
        changedById,
        changedAt,
        fromStatus: first ? null : previous.toStatus,
        toStatus,
        fromProgress: first ? null : previous.toProgress,
        toProgress,
        note,
      });
    };

    let status = outcome === GoalStatus.PLANNED || rng.chance(0.45) ? GoalStatus.PLANNED : GoalStatus.IN_PROGRESS;
    let progress = status === GoalStatus.IN_PROGRESS ? rng.steps(0, 10, 5) : 0;
    const createdById = timeline.resident.keyWorkerId;
    event(createdOn, createdById, status, progress, rng.pick(notes.goalCreated), true);

    const changes = rng.int(...CHANGES[outcome]);
    let day = createdOn;
    let lastDay = createdOn;
    for (let i = 1; i <= changes; i++) {
      day = addDays(day, rng.int(14, 56));
      if (day > end) break;
      const final = i === changes;
      let next: { status: GoalStatus; progress: number; note: string };
      if (final && outcome === GoalStatus.ACHIEVED) next = { status: GoalStatus.ACHIEVED, progress: 100, note: rng.pick(notes.goalAchieved) };
      else if (final && outcome === GoalStatus.ABANDONED) next = { status: GoalStatus.ABANDONED, progress, note: rng.pick(notes.goalAbandoned) };
      else if (status === GoalStatus.PLANNED) next = { status: GoalStatus.IN_PROGRESS, progress: progress + rng.steps(5, 20, 5), note: rng.pick(notes.goalStarted) };
      else {
        const to = Math.min(90, progress + rng.steps(10, 25, 5));
        next = { status: GoalStatus.IN_PROGRESS, progress: to, note: rng.pick(to >= 40 && to <= 60 && rng.chance(0.5) ? notes.goalHalfway : notes.goalProgress) };
      }
      if (next.status === status && next.progress === progress) continue; // nothing would change
      event(day, this.changedBy(timeline), next.status, next.progress, next.note);
      ({ status, progress } = next);
      lastDay = day;
    }
    const open = status === GoalStatus.PLANNED || status === GoalStatus.IN_PROGRESS;
    if (timeline.resident.status === ResidentStatus.CLOSED && open) {
      event(later(timeline.supportTo, lastDay), timeline.resident.keyWorkerId, GoalStatus.ABANDONED, progress, rng.pick(notes.goalClosedCase));
      status = GoalStatus.ABANDONED;
    }

    const createdAt = events[0].changedAt;
    this.goals.push({
      id: goalId,
      residentId: timeline.resident.id,
      domain,
      title: rng.pick(notes.goalTitles[domain]),
      description: rng.chance(0.3) ? rng.pick(notes.goalDescriptions) : null,
      targetDate: addDays(createdOn, rng.int(90, 270)),
      status,
      progress,
      version: events.length,
      createdById,
      createdAt,
      updatedAt: events[events.length - 1].changedAt,
    });
    this.events.push(...events);
    const domains = this.domainsByResident.get(timeline.resident.id) ?? [];
    domains.push(domain);
    this.domainsByResident.set(timeline.resident.id, domains);
  }
}

/** Goals are set and followed while the person is supported inside the demo period. */
function goalWindow(timeline: ResidentTimeline): { from: string; to: string } {
  return { from: later(timeline.resident.intakeDate, DEMO_PERIOD.start), to: earlier(timeline.supportTo, DEMO_PERIOD.end) };
}
