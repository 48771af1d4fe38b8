import { type GoalDomain, GoalStatus, ResidentStatus } from '@bridgeway/shared-domain';
import { DEMO_PERIOD, addDays, later } from './dates.js';
import type { NoteBank } from './notes.js';
import type { GoalEventRow, GoalRow, SessionRow } from './plan-types.js';
import { DemoRandom } from './random.js';
import type { ResidentTimeline, StaffPools } from './residents.js';
import { SessionPlanner } from './sessions.js';
import type { CaseFileProfile } from './tenant-profiles.js';

/** Today's date (UTC) as YYYY-MM-DD: the seeding day. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** Share of open goals of people still supported that move on once in the recent weeks. */
const RECENT_GOAL_CHANGE_SHARE = 0.2;

export interface RecentActivity {
  sessions: SessionRow[];
  /** The goals with a recent change, as they are after it (replacing the planned rows with the same id). */
  goals: GoalRow[];
  goalEvents: GoalEventRow[];
}

/**
 * Activity from the day after the demo period up to the day before `today` (the seeding day), so a
 * fresh start shows recent contacts: sessions at each person's rhythm and an occasional goal step.
 * Nothing when today is on or before the first day after the period. Its own random source, seeded
 * from the tenant's fixed seed and the date, so the period's rows never change and the same `today`
 * always gives the same rows.
 */
export function planRecentActivity(
  profile: CaseFileProfile,
  notes: NoteBank,
  pools: StaffPools,
  timelines: ResidentTimeline[],
  planned: { sessions: readonly SessionRow[]; goals: readonly GoalRow[]; goalEvents: readonly GoalEventRow[]; domainsByResident: Map<string, GoalDomain[]> },
  today: string,
): RecentActivity {
  const from = addDays(DEMO_PERIOD.end, 1);
  const to = addDays(today, -1);
  if (to < from) return { sessions: [], goals: [], goalEvents: [] };
  const rng = new DemoRandom(profile.language, profile.seed + Number(today.replaceAll('-', '')));

  const lastContact = new Map<string, string>();
  for (const s of planned.sessions) {
    if (s.residentId && s.occurredOn > (lastContact.get(s.residentId) ?? '')) lastContact.set(s.residentId, s.occurredOn);
  }
  const sessions = new SessionPlanner(rng, profile, notes, pools, planned.domainsByResident);
  sessions.planRecentSessions(timelines, lastContact, from, to);

  const supported = new Map(timelines.filter((t) => t.resident.status !== ResidentStatus.CLOSED).map((t) => [t.resident.id, t.resident]));
  const lastEvent = new Map<string, GoalEventRow>();
  for (const e of planned.goalEvents) {
    const previous = lastEvent.get(e.goalId);
    if (!previous || e.changedAt > previous.changedAt) lastEvent.set(e.goalId, e);
  }
  const goals: GoalRow[] = [];
  const goalEvents: GoalEventRow[] = [];
  for (const goal of planned.goals) {
    const resident = supported.get(goal.residentId);
    const previous = lastEvent.get(goal.id);
    if (!resident || !previous || (goal.status !== GoalStatus.PLANNED && goal.status !== GoalStatus.IN_PROGRESS)) continue;
    if (!rng.chance(RECENT_GOAL_CHANGE_SHARE)) continue;
    const earliest = later(from, addDays(previous.changedAt.toISOString().slice(0, 10), 14));
    if (earliest > to) continue;
    const started = goal.status === GoalStatus.PLANNED;
    const progress = Math.min(90, goal.progress + rng.steps(5, started ? 20 : 15, 5));
    if (!started && progress === goal.progress) continue; // already at 90 %: nothing would change
    const changedAt = rng.officeTime(rng.day(earliest, to));
    const note = started ? rng.pick(notes.goalStarted) : rng.pick(progress >= 40 && progress <= 60 && rng.chance(0.5) ? notes.goalHalfway : notes.goalProgress);
    goalEvents.push({
      id: rng.uuid(),
      goalId: goal.id,
      changedById: rng.chance(0.85) ? resident.keyWorkerId : rng.pick(pools.caseworkers).id,
      changedAt,
      fromStatus: goal.status,
      toStatus: GoalStatus.IN_PROGRESS,
      fromProgress: goal.progress,
      toProgress: progress,
      note,
    });
    goals.push({ ...goal, status: GoalStatus.IN_PROGRESS, progress, version: goal.version + 1, updatedAt: changedAt });
  }
  return { sessions: sessions.sessions, goals, goalEvents };
}
