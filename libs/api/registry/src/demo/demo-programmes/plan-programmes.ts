import { DemoRandom } from '../demo-case-files/random.js';
import { CASE_FILE_PROFILES } from '../demo-case-files/tenant-profiles.js';
import { planALarm } from './a-larm.js';
import { planIvareta } from './ivareta.js';
import { planMost } from './most.js';
import { emptyPlan, type ProgrammesPlan, type TenantFacts } from './plan-types.js';
import { type PlanContext, type ProgrammeSpec, planProgramme } from './programme-planner.js';
import { planRot } from './rot.js';
import { staffOf } from './tenant-kit.js';

/** Offsets the case files' seed, so programme rows never share a random sequence with them. */
const SEED_OFFSET = 10_000;

/**
 * One demo tenant's programmes, helpline and material support as rows, without touching the
 * database: a pure function of what the tenant holds (`facts`) and the seeding day `today`
 * (YYYY-MM-DD). Meetings before `today` are held (or cancelled), those from `today` to
 * MEETINGS_AHEAD_WEEKS ahead are scheduled, as the generator would have left them.
 */
export function planProgrammes(facts: TenantFacts, today: string): ProgrammesPlan {
  const plan = emptyPlan(facts.tenantId);
  const profile = CASE_FILE_PROFILES[facts.slug];
  if (!profile || !staffOf(facts).leader) return plan;
  const ctx: PlanContext = { tenantId: facts.tenantId, timeZone: facts.timeZone, language: profile.language, seed: profile.seed + SEED_OFFSET, today };

  let specs: ProgrammeSpec[] = [];
  if (facts.slug === 'rot') {
    const rot = planRot(facts, ctx);
    Object.assign(plan, { departments: rot.departments, members: rot.members, handouts: rot.handouts, staffDepartments: rot.staffDepartments });
    plan.residencesDepartmentId = rot.departmentIds.porsgrunn;
    specs = rot.specs;
  } else if (facts.slug === 'ivareta') {
    const ivareta = planIvareta(facts, ctx);
    plan.members = ivareta.members;
    plan.helplineContacts = ivareta.helpline.contacts;
    plan.griefFollowUps = ivareta.helpline.followUps;
    plan.plannedContacts = ivareta.helpline.plannedContacts;
    specs = ivareta.specs;
  } else if (facts.slug === 'a-larm') {
    const aLarm = planALarm(facts, ctx);
    plan.members = aLarm.members;
    specs = aLarm.specs;
  } else if (facts.slug.startsWith('most-')) {
    specs = planMost(facts, profile.city);
  }

  const rng = new DemoRandom(ctx.language, ctx.seed);
  for (const spec of specs) {
    const p = planProgramme(spec, ctx, rng);
    plan.programmes.push(p.programme);
    plan.leaders.push(...p.leaders);
    plan.meetings.push(...p.meetings);
    plan.attendance.push(...p.attendance);
    plan.enrolments.push(...p.enrolments);
  }
  return plan;
}

/** Rows of a plan, for the log line. */
export const planRows = (plan: ProgrammesPlan): number =>
  plan.departments.length +
  plan.members.length +
  plan.programmes.length +
  plan.leaders.length +
  plan.meetings.length +
  plan.attendance.length +
  plan.enrolments.length +
  plan.helplineContacts.length +
  plan.griefFollowUps.length +
  plan.plannedContacts.length +
  plan.handouts.length;
