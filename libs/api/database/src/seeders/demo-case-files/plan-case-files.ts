import { Role } from '@bridgeway/shared-domain';
import { planAssessments } from './assessments.js';
import { calibrateIndividualMinutes } from './counselling-hours.js';
import { GoalPlanner } from './goals.js';
import { noteBank } from './notes.js';
import type { CaseFilePlan, StaffMember } from './plan-types.js';
import { DemoRandom } from './random.js';
import { planRelatives } from './relatives.js';
import { planResidences } from './residences.js';
import { planResidents, type StaffPools } from './residents.js';
import { SessionPlanner } from './sessions.js';
import type { CaseFileProfile } from './tenant-profiles.js';

/**
 * One tenant's demo case files as rows, without touching the database: a pure function
 * of the profile (with its fixed seed) and the staff list, so two calls give equal plans.
 */
export function planCaseFiles(tenantId: string, profile: CaseFileProfile, staff: readonly StaffMember[]): CaseFilePlan {
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

  return {
    tenantId,
    residences,
    beds,
    residents: timelines.map((t) => t.resident),
    stays,
    relatives,
    residentRelatives,
    goals: goals.goals,
    goalEvents: goals.events,
    sessions: [...residentSessions, ...relativeSessions].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id)),
    assessments: planAssessments(rng, profile, timelines, pools),
  };
}
