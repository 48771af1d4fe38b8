import { Role } from '@bridgeway/shared-domain';
import { planAssessments } from './assessments.js';
import { calibrateIndividualMinutes } from './counselling-hours.js';
import { GoalPlanner } from './goals.js';
import { noteBank } from './notes.js';
import type { CaseFilePlan, StaffMember } from './plan-types.js';
import { DemoRandom } from './random.js';
import { planRecentActivity } from './recent-activity.js';
import { planRelatives } from './relatives.js';
import { planResidences } from './residences.js';
import { planResidents, type StaffPools } from './residents.js';
import { SessionPlanner } from './sessions.js';
import type { CaseFileProfile } from './tenant-profiles.js';

/**
 * One tenant's demo case files as rows, without touching the database: a pure function
 * of the profile (with its fixed seed), the staff list and `today`, so two calls give equal plans.
 *
 * `today` (YYYY-MM-DD, the seeding day) adds recent activity after the demo period, up to the day
 * before it (see recent-activity.ts); without it, or on or before the first day after the period,
 * the plan holds the demo period only. The period's rows are the same whatever `today` is.
 */
export function planCaseFiles(tenantId: string, profile: CaseFileProfile, staff: readonly StaffMember[], today?: string): CaseFilePlan {
  const byEmail = [...staff].sort((a, b) => a.email.localeCompare(b.email));
  const pools: StaffPools = {
    caseworkers: byEmail.filter((s) => s.role === Role.COUNSELLOR || s.role === Role.MANAGER),
    managers: byEmail.filter((s) => s.role === Role.MANAGER),
  };
  const empty: CaseFilePlan = { tenantId, residences: [], beds: [], residents: [], stays: [], relatives: [], residentRelatives: [], goals: [], goalEvents: [], sessions: [], assessments: [] };
  if (!pools.caseworkers.length) return empty;

  const rng = new DemoRandom(profile.language, profile.seed);
  const notes = noteBank(profile.language);
  const { residences, beds, slots } = planResidences(rng, profile, notes);
  const { timelines, stays } = planResidents(rng, profile, notes, slots, pools);
  const { relatives, residentRelatives, supported } = planRelatives(rng, profile, timelines);

  const goals = new GoalPlanner(rng, notes, pools);
  goals.planAll(profile, timelines);

  const sessions = new SessionPlanner(rng, profile, notes, pools, goals.domainsByResident);
  sessions.planResidentSessions(timelines);
  const residentSessions =
    profile.individualMinutes === undefined
      ? [...sessions.sessions]
      : calibrateIndividualMinutes(rng, sessions.sessions, profile.individualMinutes, () => sessions.extraIndividualSession(timelines));
  const before = sessions.sessions.length;
  sessions.planRelativeSessions(supported);
  const relativeSessions = sessions.sessions.slice(before);
  const assessments = planAssessments(rng, profile, timelines, pools);

  const recent = today
    ? planRecentActivity(profile, notes, pools, timelines, { sessions: residentSessions, goals: goals.goals, goalEvents: goals.events, domainsByResident: goals.domainsByResident }, today)
    : { sessions: [], goals: [], goalEvents: [] };
  const changedGoals = new Map(recent.goals.map((g) => [g.id, g]));

  return {
    tenantId,
    residences,
    beds,
    residents: timelines.map((t) => t.resident),
    stays,
    relatives,
    residentRelatives,
    goals: goals.goals.map((g) => changedGoals.get(g.id) ?? g),
    goalEvents: [...goals.events, ...recent.goalEvents],
    sessions: [...residentSessions, ...relativeSessions, ...recent.sessions].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id)),
    assessments,
  };
}
