import { Role } from '@bridgeway/shared-domain';
import { graphql, ok, refused, withStatements } from '../../support/api.js';
import {
  addIndicator,
  addMilestone,
  addObjective,
  createConsortium,
  createDepartment,
  createPlan,
  insertAchievedGoal,
  insertRelative,
  insertResident,
  insertStaff,
  logRelativeSession,
  logSession,
} from '../../support/factories.js';
import { appOrm } from '../../support/orm.js';
import { auditOf, ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const PLAN = graphql(`query PlanDetail($id: ID!) {
  strategicPlan(id: $id) {
    id name description periodStart periodEnd level version consortium { id name }
    objectives { id title position indicators { id name metric target baseline goalDomain sessionKind audience unit version department { id } yearTargets { year target } } }
    milestones { id title dueOn status doneOn note }
    funding { id funder amount currency note }
    publishedReports { id from to publishedBy }
  }
}`);
const PLANS = graphql(`query PlanList { strategicPlans { id name level } }`);
const CREATE = graphql(`mutation PlanCreate($input: CreateStrategicPlanInput!) { createStrategicPlan(input: $input) { id level version consortium { id } } }`);
const UPDATE = graphql(`mutation PlanUpdate($input: UpdateStrategicPlanInput!) { updateStrategicPlan(input: $input) { id name version periodEnd } }`);
const ADD_OBJECTIVE = graphql(`mutation PlanAddObjective($input: AddObjectiveInput!) { addObjective(input: $input) { id title position } }`);
const UPDATE_OBJECTIVE = graphql(`mutation PlanUpdateObjective($input: UpdateObjectiveInput!) { updateObjective(input: $input) { id title position } }`);
const REMOVE_OBJECTIVE = graphql(`mutation PlanRemoveObjective($id: ID!) { removeObjective(id: $id) { id objectives { id } } }`);
const ADD_INDICATOR = graphql(`mutation PlanAddIndicator($input: AddIndicatorInput!) { addIndicator(input: $input) { id version target yearTargets { year target } } }`);
const UPDATE_INDICATOR = graphql(`mutation PlanUpdateIndicator($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id version target baseline yearTargets { year target } } }`);
const REMOVE_INDICATOR = graphql(`mutation PlanRemoveIndicator($id: ID!) { removeIndicator(id: $id) { id } }`);
const ADD_MILESTONE = graphql(`mutation PlanAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id status doneOn } }`);
const UPDATE_MILESTONE = graphql(`mutation PlanUpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id status doneOn } }`);
const REMOVE_MILESTONE = graphql(`mutation PlanRemoveMilestone($id: ID!) { removeMilestone(id: $id) { id milestones { id } } }`);
const ADD_FUNDING = graphql(`mutation PlanAddFunding($input: AddFundingInput!) { addFunding(input: $input) { id funder amount currency } }`);
const UPDATE_FUNDING = graphql(`mutation PlanUpdateFunding($input: UpdateFundingInput!) { updateFunding(input: $input) { id amount currency } }`);
const REMOVE_FUNDING = graphql(`mutation PlanRemoveFunding($id: ID!) { removeFunding(id: $id) { id funding { id } } }`);
const COMMENT = graphql(`mutation PlanSetComment($indicatorId: ID!, $from: Date!, $to: Date!, $comment: String!) {
  setIndicatorComment(indicatorId: $indicatorId, from: $from, to: $to, comment: $comment) { from to comment updatedBy }
}`);
const PUBLISH = graphql(`mutation PlanPublish($planId: ID!, $from: Date!, $to: Date!) { publishProgressReport(planId: $planId, from: $from, to: $to) { id from to publishedBy } }`);
const REPORT = graphql(`query PlanReport($planId: ID!, $from: Date!, $to: Date!) { progressReport(planId: $planId, from: $from, to: $to) {
  plan { id name } from to
  rows { indicator { id name metric } actual target hasActual percentOfTarget expectedByNow status trend { month value } comment { comment updatedBy }
         publishedActual liveActual changedSincePublished }
  milestonesDue { id title dueOn status }
  published { id from to }
} }`);
const PUBLISHED = graphql(`query PlanPublishedReport($id: ID!) { publishedReport(id: $id) {
  plan { id name } from to
  rows { indicator { id name metric } actual target hasActual percentOfTarget expectedByNow status trend { month value } comment { comment updatedBy }
         publishedActual liveActual changedSincePublished }
  milestonesDue { id title dueOn status }
  published { id from to }
} }`);

const H1 = { from: '2025-01-01', to: '2025-06-30' };
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
/** The share of 2025 (365 days) up to 2025-06-30: the rule's fraction for H1 against a 2025 target. */
const H1_OF_2025 = 181 / 365;

describe('strategic plans', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('plans', (s) => ({ owner, api, a, b, ta, tb } = s));

  const count = async (table: string, tenantId = a.id) => Number((await ownerQuery<{ n: string }>(owner, tenantId, `select count(*) as n from ${table} where tenant_id = ?`, [tenantId]))[0].n);

  /** Counselling minutes of tenant a in [from, to] and ACHIEVED goals of a domain whose last status change (UTC day) is in it, counted in SQL here. */
  async function independent(from: string, to: string) {
    const [row] = await ownerQuery<Record<string, string>>(
      owner,
      a.id,
      `with p as (select ?::uuid as t, ?::date as f, ?::date as e),
            achieved as (select g.domain from goal g, p where g.tenant_id = p.t and g.status = 'ACHIEVED'
                            and (select (max(ev.changed_at) at time zone 'UTC')::date from goal_event ev
                                  where ev.tenant_id = g.tenant_id and ev.goal_id = g.id and ev.from_status is distinct from ev.to_status) between p.f and p.e)
       select (select coalesce(sum(duration_minutes), 0) from counselling_session s, p where s.tenant_id = p.t and s.occurred_on between p.f and p.e) as minutes,
              (select count(distinct resident_id) from counselling_session s, p where s.tenant_id = p.t and s.occurred_on between p.f and p.e) as people,
              (select count(*) from achieved where domain = 'WORK') as work,
              (select count(*) from achieved where domain = 'HOUSING') as housing`,
      [a.id, from, to],
    );
    return { hours: round(Number(row.minutes) / 60, 2), people: Number(row.people), work: Number(row.work), housing: Number(row.housing) };
  }

  it('creates, edits and removes a plan and its parts, refusing bad input with field errors and changing nothing', async () => {
    const token = ta.MANAGER;
    const plans = await count('strategic_plan');
    expect(refused(await api.gql(CREATE, { input: { name: '  ', periodStart: '2025-01-01', periodEnd: '2025-12-31' } }, { token }), 'BAD_USER_INPUT').fields).toHaveProperty('name');
    expect(refused(await api.gql(CREATE, { input: { name: 'Plan', periodStart: '2025-01-01', periodEnd: '2024-12-31' } }, { token }), 'BAD_USER_INPUT').fields).toHaveProperty('periodEnd');
    expect(await count('strategic_plan')).toBe(plans);

    const plan = ok(await api.gql(CREATE, { input: { name: 'Edit me', periodStart: '2025-01-01', periodEnd: '2026-12-31' } }, { token })).createStrategicPlan;
    expect(plan).toMatchObject({ level: 'ORGANISATION', version: 1, consortium: null });
    const renamed = ok(await api.gql(UPDATE, { input: { planId: plan.id, expectedVersion: 1, name: 'Edited', periodEnd: '2027-06-30' } }, { token })).updateStrategicPlan;
    expect(renamed).toMatchObject({ name: 'Edited', version: 2, periodEnd: '2027-06-30' });

    const objective = ok(await api.gql(ADD_OBJECTIVE, { input: { planId: plan.id, title: 'Objective' } }, { token })).addObjective;
    expect(ok(await api.gql(UPDATE_OBJECTIVE, { input: { objectiveId: objective.id, title: 'Renamed', position: 3 } }, { token })).updateObjective).toMatchObject({ title: 'Renamed', position: 3 });

    const base = { objectiveId: objective.id, name: 'Hours', metric: 'COUNSELLING_HOURS' as const, target: 100 };
    const badFilter = refused(await api.gql(ADD_INDICATOR, { input: { ...base, goalDomain: 'WORK' as const, yearTargets: [{ year: 2030, target: 5 }] } }, { token }), 'BAD_USER_INPUT');
    expect(Object.keys(badFilter.fields).sort()).toEqual(['goalDomain', 'yearTargets']);
    expect(refused(await api.gql(ADD_INDICATOR, { input: { ...base, target: -1 } }, { token }), 'BAD_USER_INPUT').fields).toHaveProperty('target');
    expect(await count('indicator')).toBe(0);
    const indicator = ok(await api.gql(ADD_INDICATOR, { input: { ...base, yearTargets: [{ year: 2026, target: 60 }, { year: 2025, target: 40 }] } }, { token })).addIndicator;
    expect(indicator.yearTargets).toEqual([{ year: 2025, target: 40 }, { year: 2026, target: 60 }]);
    const edited = ok(await api.gql(UPDATE_INDICATOR, { input: { indicatorId: indicator.id, expectedVersion: indicator.version, target: 120, baseline: 10, yearTargets: [{ year: 2027, target: 20 }] } }, { token })).updateIndicator;
    expect(edited).toEqual({ id: indicator.id, version: indicator.version + 1, target: 120, baseline: 10, yearTargets: [{ year: 2027, target: 20 }] });

    expect(refused(await api.gql(ADD_MILESTONE, { input: { planId: plan.id, title: 'Done', dueOn: '2025-03-01', status: 'DONE' as const } }, { token }), 'BAD_USER_INPUT').fields).toHaveProperty('doneOn');
    const milestone = ok(await api.gql(ADD_MILESTONE, { input: { planId: plan.id, title: 'Start', dueOn: '2025-03-01' } }, { token })).addMilestone;
    expect(milestone).toMatchObject({ status: 'PLANNED', doneOn: null });
    expect(ok(await api.gql(UPDATE_MILESTONE, { input: { milestoneId: milestone.id, status: 'DONE' as const, doneOn: '2025-03-02' } }, { token })).updateMilestone).toMatchObject({ status: 'DONE', doneOn: '2025-03-02' });
    expect(ok(await api.gql(UPDATE_MILESTONE, { input: { milestoneId: milestone.id, status: 'IN_PROGRESS' as const } }, { token })).updateMilestone).toMatchObject({ status: 'IN_PROGRESS', doneOn: null });

    const badMoney = refused(await api.gql(ADD_FUNDING, { input: { planId: plan.id, funder: 'Fund', amount: -5, currency: 'kr' } }, { token }), 'BAD_USER_INPUT');
    expect(Object.keys(badMoney.fields).sort()).toEqual(['amount', 'currency']);
    expect(await count('funding')).toBe(0);
    const funding = ok(await api.gql(ADD_FUNDING, { input: { planId: plan.id, funder: 'Stiftelsen Dam', amount: 500000, currency: 'nok' } }, { token })).addFunding;
    expect(funding).toMatchObject({ funder: 'Stiftelsen Dam', amount: 500000, currency: 'NOK' });
    expect(ok(await api.gql(UPDATE_FUNDING, { input: { fundingId: funding.id, amount: 450000.5, currency: 'EUR' } }, { token })).updateFunding).toMatchObject({ amount: 450000.5, currency: 'EUR' });

    const detail = ok(await api.gql(PLAN, { id: plan.id }, { token })).strategicPlan;
    expect(detail.objectives).toEqual([
      expect.objectContaining({ title: 'Renamed', indicators: [expect.objectContaining({ name: 'Hours', unit: 'HOURS', target: 120, baseline: 10, department: null, yearTargets: [{ year: 2027, target: 20 }] })] }),
    ]);
    expect(detail.funding).toEqual([{ id: funding.id, funder: 'Stiftelsen Dam', amount: 450000.5, currency: 'EUR', note: null }]);

    const second = ok(await api.gql(ADD_INDICATOR, { input: { ...base, name: 'Second' } }, { token })).addIndicator;
    ok(await api.gql(REMOVE_INDICATOR, { id: second.id }, { token }));
    expect(await count('indicator')).toBe(1);
    expect(ok(await api.gql(REMOVE_MILESTONE, { id: milestone.id }, { token })).removeMilestone.milestones).toEqual([]);
    expect(ok(await api.gql(REMOVE_FUNDING, { id: funding.id }, { token })).removeFunding.funding).toEqual([]);
    // Removing an objective removes its indicators and their year targets.
    expect(ok(await api.gql(REMOVE_OBJECTIVE, { id: objective.id }, { token })).removeObjective.objectives).toEqual([]);
    expect([await count('indicator'), await count('indicator_year_target')]).toEqual([0, 0]);
    const audit = await auditOf(owner, a.id, { entityType: 'Objective', entityId: objective.id });
    expect(audit.map((r) => r.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const plan = await createPlan(api, ta.MANAGER, { name: 'Versions', periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    ok(await api.gql(UPDATE, { input: { planId: plan.id, expectedVersion: 1, name: 'First' } }, { token: ta.MANAGER }));
    const stale = refused(await api.gql(UPDATE, { input: { planId: plan.id, expectedVersion: 1, name: 'Second' } }, { token: ta.MANAGER }), 'CONFLICT');
    expect(stale.extensions).toMatchObject({ reason: 'VERSION_MISMATCH' });
    const objective = await addObjective(api, ta.MANAGER, { planId: plan.id, title: 'O' });
    const indicator = await addIndicator(api, ta.MANAGER, { objectiveId: objective.id, name: 'I', metric: 'COUNSELLING_HOURS', target: 5 });
    ok(await api.gql(UPDATE_INDICATOR, { input: { indicatorId: indicator.id, expectedVersion: indicator.version, target: 6 } }, { token: ta.MANAGER }));
    refused(await api.gql(UPDATE_INDICATOR, { input: { indicatorId: indicator.id, expectedVersion: indicator.version, target: 7 } }, { token: ta.MANAGER }), 'CONFLICT');
    const detail = ok(await api.gql(PLAN, { id: plan.id }, { token: ta.MANAGER })).strategicPlan;
    expect(detail).toMatchObject({ name: 'First', version: 2 });
    expect(detail.objectives[0].indicators[0]).toMatchObject({ target: 6, version: indicator.version + 1 });
  });

  it("gives NOT_FOUND for another organisation's plan and a coordinator's plan of another consortium; FORBIDDEN to other roles", async () => {
    const plan = await createPlan(api, ta.MANAGER, { name: 'Private', periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    const objective = await addObjective(api, ta.MANAGER, { planId: plan.id, title: 'O' });
    const indicator = await addIndicator(api, ta.MANAGER, { objectiveId: objective.id, name: 'I', metric: 'COUNSELLING_HOURS', target: 5 });
    refused(await api.gql(PLAN, { id: plan.id }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(REPORT, { planId: plan.id, ...H1 }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(ADD_OBJECTIVE, { input: { planId: plan.id, title: 'Theirs' } }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(UPDATE_INDICATOR, { input: { indicatorId: indicator.id, expectedVersion: indicator.version, target: 1 } }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(REMOVE_OBJECTIVE, { id: objective.id }, { token: tb.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(PUBLISH, { planId: plan.id, ...H1 }, { token: tb.MANAGER }), 'NOT_FOUND');
    expect(ok(await api.gql(PLANS, {}, { token: tb.MANAGER })).strategicPlans.map((p) => p.id)).not.toContain(plan.id);
    for (const token of [ta.COUNSELLOR, ta.GROUP_LEADER]) {
      refused(await api.gql(PLANS, {}, { token }), 'FORBIDDEN');
      refused(await api.gql(PLAN, { id: plan.id }, { token }), 'FORBIDDEN');
    }

    // Consortium X (a and b) coordinated by a's coordinator; Y by another coordinator of a.
    const other = await insertStaff(owner, a, Role.CONSORTIUM_COORDINATOR, 'coordinator-y');
    const otherToken = (await api.login(other.email)).token;
    const x = await createConsortium(owner, 'Plans X', [a.id, b.id], [{ tenantId: a.id, userId: a.users.CONSORTIUM_COORDINATOR.id }]);
    const y = await createConsortium(owner, 'Plans Y', [a.id], [{ tenantId: a.id, userId: other.id }]);
    refused(await api.gql(CREATE, { input: { name: 'X plan', periodStart: '2025-01-01', periodEnd: '2025-12-31', consortiumId: x } }, { token: ta.MANAGER }), 'FORBIDDEN');
    refused(await api.gql(CREATE, { input: { name: 'X plan', periodStart: '2025-01-01', periodEnd: '2025-12-31', consortiumId: y } }, { token: ta.CONSORTIUM_COORDINATOR }), 'NOT_FOUND');
    const xPlan = ok(await api.gql(CREATE, { input: { name: 'X plan', periodStart: '2025-01-01', periodEnd: '2025-12-31', consortiumId: x } }, { token: ta.CONSORTIUM_COORDINATOR })).createStrategicPlan;
    expect(xPlan).toMatchObject({ level: 'CONSORTIUM', consortium: { id: x } });
    expect(ok(await api.gql(PLANS, {}, { token: ta.CONSORTIUM_COORDINATOR })).strategicPlans.map((p) => p.id)).toEqual([xPlan.id]);
    refused(await api.gql(PLAN, { id: xPlan.id }, { token: otherToken }), 'NOT_FOUND');
    refused(await api.gql(ADD_OBJECTIVE, { input: { planId: xPlan.id, title: 'Theirs' } }, { token: otherToken }), 'NOT_FOUND');
    refused(await api.gql(PLAN, { id: xPlan.id }, { token: tb.CONSORTIUM_COORDINATOR }), 'NOT_FOUND');
    // The organisation's managers do not see the coordinator's consortium plan, nor the coordinator theirs.
    refused(await api.gql(PLAN, { id: xPlan.id }, { token: ta.MANAGER }), 'NOT_FOUND');
    refused(await api.gql(PLAN, { id: plan.id }, { token: ta.CONSORTIUM_COORDINATOR }), 'NOT_FOUND');

    // A consortium plan reports the consortium's totals (the audited cross-tenant path).
    const xObjective = await addObjective(api, ta.CONSORTIUM_COORDINATOR, { planId: xPlan.id, title: 'Together' });
    await addIndicator(api, ta.CONSORTIUM_COORDINATOR, { objectiveId: xObjective.id, name: 'Hours', metric: 'COUNSELLING_HOURS', target: 50 });
    const report = ok(await api.gql(REPORT, { planId: xPlan.id, ...H1 }, { token: ta.CONSORTIUM_COORDINATOR })).progressReport;
    const overview = ok(
      await api.gql(graphql(`query PlanConsortiumTotals($id: ID!, $from: Date!, $to: Date!) { consortiumOverview(consortiumId: $id, from: $from, to: $to) { totals { counsellingHours } } }`), { id: x, ...H1 }, { token: ta.CONSORTIUM_COORDINATOR }),
    ).consortiumOverview;
    expect(report.rows[0].actual).toBe(overview.totals.counsellingHours);
    expect(await auditOf(owner, a.id, { action: 'READ', entityType: 'ConsortiumOverview', entityId: x, userId: a.users.CONSORTIUM_COORDINATOR.id })).not.toEqual([]);
  });

  it('takes only the filters its metric takes: any other is a field error on that filter, and nothing is stored', async () => {
    const token = ta.MANAGER;
    const plan = await createPlan(api, token, { name: 'Filters', periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    const objective = await addObjective(api, token, { planId: plan.id, title: 'O' });
    const department = await createDepartment(api, token, { name: 'Filters unit' });
    type Input = Parameters<typeof addIndicator>[2];
    const add = (input: Partial<Input> & Pick<Input, 'metric'>) => api.gql(ADD_INDICATOR, { input: { objectiveId: objective.id, name: 'I', target: 1, ...input } }, { token });
    const refusedFields = async (input: Partial<Input> & Pick<Input, 'metric'>) => Object.keys(refused(await add(input), 'BAD_USER_INPUT').fields).sort();
    const indicators = await count('indicator');
    expect(await refusedFields({ metric: 'RESIDENCES_OPEN', sessionKind: 'INDIVIDUAL' })).toEqual(['sessionKind']);
    expect(await refusedFields({ metric: 'TRAININGS_HELD', audience: 'RESIDENTS', goalDomain: 'WORK' })).toEqual(['audience', 'goalDomain']);
    expect(await refusedFields({ metric: 'PEOPLE_COUNSELLED', sessionKind: 'GROUP', audience: 'RELATIVES' })).toEqual(['audience']);
    expect(await refusedFields({ metric: 'GOALS_ACHIEVED', goalDomain: 'WORK', sessionKind: 'INDIVIDUAL', departmentId: department.id })).toEqual(['departmentId', 'sessionKind']);
    expect(await refusedFields({ metric: 'COUNSELLING_HOURS', departmentId: department.id, audience: 'RELATIVES' })).toEqual(['departmentId']);
    expect(await count('indicator')).toBe(indicators);

    const hours = ok(await add({ metric: 'COUNSELLING_HOURS', sessionKind: 'GROUP', audience: 'RELATIVES' })).addIndicator;
    const stored = async () =>
      (await ownerQuery<Record<string, unknown>>(owner, a.id, 'select metric, session_kind, audience, version from indicator where tenant_id = ? and id = ?', [a.id, hours.id]))[0];
    expect(await stored()).toEqual({ metric: 'COUNSELLING_HOURS', session_kind: 'GROUP', audience: 'RELATIVES', version: hours.version });
    const [shown] = ok(await api.gql(PLAN, { id: plan.id }, { token })).strategicPlan.objectives[0].indicators;
    expect(shown).toMatchObject({ id: hours.id, sessionKind: 'GROUP', audience: 'RELATIVES', goalDomain: null, department: null });
    // Another metric keeps the filters it is given: refused while one of them does not apply, nothing changed.
    const moved = refused(await api.gql(UPDATE_INDICATOR, { input: { indicatorId: hours.id, expectedVersion: hours.version, metric: 'PEOPLE_COUNSELLED' } }, { token }), 'BAD_USER_INPUT');
    expect(Object.keys(moved.fields)).toEqual(['audience']);
    expect(await stored()).toEqual({ metric: 'COUNSELLING_HOURS', session_kind: 'GROUP', audience: 'RELATIVES', version: hours.version });
    ok(await api.gql(UPDATE_INDICATOR, { input: { indicatorId: hours.id, expectedVersion: hours.version, metric: 'PEOPLE_COUNSELLED', audience: null } }, { token }));
    expect(await stored()).toEqual({ metric: 'PEOPLE_COUNSELLED', session_kind: 'GROUP', audience: null, version: hours.version + 1 });
  });

  it('reports indicators narrowed by session kind and audience as independent SQL counts them, one call pair per filter', async () => {
    const token = ta.MANAGER;
    // The second half of 2025: no other test of this file logs sessions there.
    const period = { from: '2025-07-01', to: '2025-12-31' };
    const plan = await createPlan(api, token, { name: 'Kinds', periodStart: period.from, periodEnd: period.to });
    const objective = await addObjective(api, token, { planId: plan.id, title: 'Counselling' });
    const indicator = async (name: string, input: Partial<Parameters<typeof addIndicator>[2]> & Pick<Parameters<typeof addIndicator>[2], 'metric'>) =>
      (await addIndicator(api, token, { objectiveId: objective.id, name, target: 10, ...input })).id;
    const ids = {
      individualResidents: await indicator('Individual hours with residents', { metric: 'COUNSELLING_HOURS', sessionKind: 'INDIVIDUAL', audience: 'RESIDENTS' }),
      relatives: await indicator('Hours with relatives', { metric: 'COUNSELLING_HOURS', audience: 'RELATIVES' }),
      individualPeople: await indicator('People counselled individually', { metric: 'PEOPLE_COUNSELLED', sessionKind: 'INDIVIDUAL' }),
      all: await indicator('All hours', { metric: 'COUNSELLING_HOURS' }),
    };
    const [r1, r2] = [await insertResident(owner, a.id), await insertResident(owner, a.id)];
    const relativeId = await insertRelative(owner, a.id);
    const session = (residentId: string, occurredOn: string, durationMinutes: number, kind: 'INDIVIDUAL' | 'GROUP' | 'PHONE' | 'FAMILY') =>
      logSession(api, ta.COUNSELLOR, { residentId, occurredOn, durationMinutes, kind });
    await session(r1, '2025-08-04', 90, 'INDIVIDUAL');
    await session(r1, '2025-08-20', 120, 'GROUP');
    await session(r2, '2025-09-10', 45, 'PHONE');
    await session(r2, '2025-11-03', 50, 'FAMILY');
    await session(r1, '2026-01-05', 60, 'INDIVIDUAL'); // after the period
    await logRelativeSession(api, ta.COUNSELLOR, { relativeId, occurredOn: '2025-09-15', durationMinutes: 30, kind: 'INDIVIDUAL' });
    await logRelativeSession(api, ta.COUNSELLOR, { relativeId, occurredOn: '2025-10-15', durationMinutes: 40, kind: 'PHONE' });

    const [sql] = await ownerQuery<Record<string, string>>(
      owner,
      a.id,
      `select coalesce(sum(duration_minutes) filter (where kind = 'INDIVIDUAL' and resident_id is not null), 0) as individual_residents,
              coalesce(sum(duration_minutes) filter (where resident_id is null), 0) as relatives,
              coalesce(sum(duration_minutes), 0) as all_minutes,
              count(distinct resident_id) filter (where kind = 'INDIVIDUAL') as individual_people,
              count(distinct resident_id) as all_people
         from counselling_session where tenant_id = ? and occurred_on between ? and ?`,
      [a.id, period.from, period.to],
    );
    const hours = (minutes: string) => round(Number(minutes) / 60, 2);
    // The filters narrow: each filtered figure is positive and below the unfiltered one.
    expect(Number(sql.individual_residents)).toBeGreaterThan(0);
    expect(Number(sql.relatives)).toBeGreaterThan(0);
    expect(Number(sql.individual_residents) + Number(sql.relatives)).toBeLessThan(Number(sql.all_minutes));
    expect(Number(sql.individual_people)).toBeGreaterThan(0);
    expect(Number(sql.individual_people)).toBeLessThan(Number(sql.all_people));

    const { result, statements } = await withStatements(api, () => api.gql(REPORT, { planId: plan.id, ...period }, { token }));
    const rows = new Map(ok(result).progressReport.rows.map((r) => [r.indicator.id, r]));
    expect(rows.get(ids.individualResidents)).toMatchObject({ actual: hours(sql.individual_residents), hasActual: true });
    expect(rows.get(ids.relatives)).toMatchObject({ actual: hours(sql.relatives), hasActual: true });
    expect(rows.get(ids.individualPeople)).toMatchObject({ actual: Number(sql.individual_people), hasActual: true });
    expect(rows.get(ids.all)).toMatchObject({ actual: hours(sql.all_minutes), hasActual: true });
    expect((rows.get(ids.individualResidents)?.trend ?? []).reduce((sum, t) => sum + t.value, 0)).toBeCloseTo(hours(sql.individual_residents), 2);
    // One registry call (the period and its months) per distinct filter: four here.
    expect(statements.filter((s) => /tenant_metrics(_periods)?\(/.test(s)).length).toBe(4);
  });

  it('lets a consortium plan narrow by goal domain, session kind and audience, never by department', async () => {
    const token = ta.CONSORTIUM_COORDINATOR;
    const z = await createConsortium(owner, 'Plans Z', [a.id, b.id], [{ tenantId: a.id, userId: a.users.CONSORTIUM_COORDINATOR.id }]);
    const plan = ok(await api.gql(CREATE, { input: { name: 'Z plan', periodStart: '2025-01-01', periodEnd: '2025-12-31', consortiumId: z } }, { token })).createStrategicPlan;
    const objective = await addObjective(api, token, { planId: plan.id, title: 'Together' });
    const department = await createDepartment(api, ta.MANAGER, { name: 'Consortium unit' });
    const departmentRefused = refused(await api.gql(ADD_INDICATOR, { input: { objectiveId: objective.id, name: 'Trainings', metric: 'TRAININGS_HELD', departmentId: department.id, target: 5 } }, { token }), 'BAD_USER_INPUT');
    expect(Object.keys(departmentRefused.fields)).toEqual(['departmentId']);
    const work = (await addIndicator(api, token, { objectiveId: objective.id, name: 'Work goals', metric: 'GOALS_ACHIEVED', goalDomain: 'WORK', target: 5 })).id;
    const individual = (await addIndicator(api, token, { objectiveId: objective.id, name: 'Individual hours', metric: 'COUNSELLING_HOURS', sessionKind: 'INDIVIDUAL', audience: 'RESIDENTS', target: 50 })).id;

    // Goals in both partners (one of a resident of b who withdrew consent: left out of consortium figures).
    const [ra, rb, withdrawn] = [await insertResident(owner, a.id), await insertResident(owner, b.id), await insertResident(owner, b.id)];
    await insertAchievedGoal(owner, a, ra, 'WORK', '2025-10-01T10:00:00Z');
    await insertAchievedGoal(owner, b, rb, 'WORK', '2025-10-02T10:00:00Z');
    await insertAchievedGoal(owner, b, rb, 'HOUSING', '2025-10-03T10:00:00Z');
    await insertAchievedGoal(owner, b, withdrawn, 'WORK', '2025-10-04T10:00:00Z');
    await ownerQuery(
      owner,
      b.id,
      `insert into resident_consent (tenant_id, id, resident_id, given, decided_on, recorded_by_id, created_at) values (?, gen_random_uuid(), ?, false, '2025-01-15', ?, now())`,
      [b.id, withdrawn, b.users.MANAGER.id],
    );
    await logSession(api, ta.COUNSELLOR, { residentId: ra, occurredOn: '2025-10-06', durationMinutes: 75, kind: 'INDIVIDUAL' });
    await logSession(api, tb.COUNSELLOR, { residentId: rb, occurredOn: '2025-10-07', durationMinutes: 45, kind: 'INDIVIDUAL' });
    await logSession(api, tb.COUNSELLOR, { residentId: rb, occurredOn: '2025-10-08', durationMinutes: 60, kind: 'GROUP' });
    await logSession(api, tb.COUNSELLOR, { residentId: withdrawn, occurredOn: '2025-10-09', durationMinutes: 30, kind: 'INDIVIDUAL' });

    // Independently, per partner as the owner: consenting residents only (latest decision), summed over a and b.
    const period = { from: '2025-01-01', to: '2025-12-31' };
    let workGoals = 0;
    let minutes = 0;
    for (const tenantId of [a.id, b.id]) {
      const [row] = await ownerQuery<{ work: string; minutes: string }>(
        owner,
        tenantId,
        `with consenting as (
           select x.id from resident x where x.tenant_id = ?
              and coalesce((select c.given from resident_consent c where c.tenant_id = x.tenant_id and c.resident_id = x.id
                             order by c.decided_on desc, c.created_at desc, c.id desc limit 1), true))
         select (select count(*) from goal g where g.tenant_id = ? and g.status = 'ACHIEVED' and g.domain = 'WORK' and g.resident_id in (select id from consenting)
                    and (select (max(e.changed_at) at time zone 'UTC')::date from goal_event e
                          where e.tenant_id = g.tenant_id and e.goal_id = g.id and e.from_status is distinct from e.to_status) between ? and ?) as work,
                (select coalesce(sum(s.duration_minutes), 0) from counselling_session s where s.tenant_id = ? and s.kind = 'INDIVIDUAL'
                    and s.resident_id in (select id from consenting) and s.occurred_on between ? and ?) as minutes`,
        [tenantId, tenantId, period.from, period.to, tenantId, period.from, period.to],
      );
      workGoals += Number(row.work);
      minutes += Number(row.minutes);
    }
    expect(workGoals).toBeGreaterThan(1);
    const report = ok(await api.gql(REPORT, { planId: plan.id, ...period }, { token })).progressReport;
    const row = (id: string) => report.rows.find((r) => r.indicator.id === id);
    expect(row(work)).toMatchObject({ actual: workGoals, hasActual: true });
    expect(row(individual)).toMatchObject({ actual: round(minutes / 60, 2), hasActual: true });
    expect(await auditOf(owner, a.id, { action: 'READ', entityType: 'ConsortiumOverview', entityId: z, userId: a.users.CONSORTIUM_COORDINATOR.id })).toHaveLength(1);
  });

  describe('progress report', () => {
    let planId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const token = ta.MANAGER;
      const plan = await createPlan(api, token, { name: 'Report', periodStart: '2025-01-01', periodEnd: '2026-12-31' });
      planId = plan.id;
      const counselling = await addObjective(api, token, { planId, title: 'Counselling' });
      const goals = await addObjective(api, token, { planId, title: 'Goals' });
      ids.hours = (await addIndicator(api, token, { objectiveId: counselling.id, name: 'Hours', metric: 'COUNSELLING_HOURS', target: 20, yearTargets: [{ year: 2025, target: 10 }, { year: 2026, target: 10 }] })).id;
      ids.people = (await addIndicator(api, token, { objectiveId: counselling.id, name: 'People', metric: 'PEOPLE_COUNSELLED', target: 6 })).id;
      ids.work = (await addIndicator(api, token, { objectiveId: goals.id, name: 'Work goals', metric: 'GOALS_ACHIEVED', goalDomain: 'WORK', target: 8, yearTargets: [{ year: 2025, target: 4 }] })).id;
      ids.housing = (await addIndicator(api, token, { objectiveId: goals.id, name: 'Housing goals', metric: 'GOALS_ACHIEVED', goalDomain: 'HOUSING', target: 4, yearTargets: [{ year: 2025, target: 2 }] })).id;
      ids.trainings = (await addIndicator(api, token, { objectiveId: goals.id, name: 'Trainings', metric: 'TRAININGS_HELD', target: 10 })).id;
      const [r1, r2, r3] = [await insertResident(owner, a.id), await insertResident(owner, a.id), await insertResident(owner, a.id)];
      ids.r1 = r1;
      const session = (residentId: string, occurredOn: string, durationMinutes: number) => logSession(api, ta.COUNSELLOR, { residentId, occurredOn, durationMinutes, kind: 'INDIVIDUAL' });
      await session(r1, '2025-02-10', 90);
      await session(r2, '2025-03-05', 60);
      await session(r1, '2025-05-20', 120);
      await session(r3, '2024-12-30', 60); // before the period
      await insertAchievedGoal(owner, a, r1, 'WORK', '2025-03-15T10:00:00Z');
      await insertAchievedGoal(owner, a, r2, 'WORK', '2025-06-01T10:00:00Z');
      await insertAchievedGoal(owner, a, r3, 'HOUSING', '2025-04-01T10:00:00Z');
      await insertAchievedGoal(owner, a, r3, 'WORK', '2025-07-05T10:00:00Z'); // after the period
      const milestone = (title: string, dueOn: string, status?: 'DONE' | 'IN_PROGRESS' | 'CANCELLED', doneOn?: string) => addMilestone(api, token, { planId, title, dueOn, status, doneOn });
      ids.m1 = (await milestone('In the period', '2025-03-01', 'DONE', '2025-03-01')).id;
      ids.m2 = (await milestone('Overdue, still open', '2024-12-15', 'IN_PROGRESS')).id;
      await milestone('Cancelled earlier', '2024-11-01', 'CANCELLED');
      await milestone('Later', '2025-08-01');
    });

    it('gives the figures independent SQL counts, with target, percent, expected by now and status by the rule', async () => {
      const { result, statements } = await withStatements(api, () => api.gql(REPORT, { planId, ...H1 }, { token: ta.MANAGER }));
      const report = ok(result).progressReport;
      const sql = await independent(H1.from, H1.to);
      expect(Object.values(sql).every((value) => value > 0)).toBe(true);
      const row = (id: string) => report.rows.find((r) => r.indicator.id === id)!;
      expect(report.rows.map((r) => r.indicator.id)).toEqual([ids.hours, ids.people, ids.work, ids.housing, ids.trainings]);
      // Year targets apply (H1 lies in 2025); expected = target × share of 2025 elapsed; the plan target of people over the two years.
      const expectFlow = (id: string, actual: number, target: number, fraction: number) => {
        const expected = target * fraction;
        const ratio = actual / expected;
        expect(row(id)).toMatchObject({
          actual,
          target,
          hasActual: true,
          percentOfTarget: round((actual / target) * 100, 1),
          expectedByNow: round(expected, 2),
          status: ratio >= 0.95 ? 'ON_TRACK' : ratio >= 0.8 ? 'AT_RISK' : 'BEHIND',
        });
      };
      expectFlow(ids.hours, sql.hours, 10, H1_OF_2025);
      expectFlow(ids.people, sql.people, 6, 181 / 730);
      expectFlow(ids.work, sql.work, 4, H1_OF_2025);
      expectFlow(ids.housing, sql.housing, 2, H1_OF_2025);
      expectFlow(ids.trainings, 0, 10, 181 / 730);
      expect([row(ids.hours).status, row(ids.work).status, row(ids.trainings).status]).toEqual(['AT_RISK', 'ON_TRACK', 'BEHIND']);
      expect(row(ids.hours).trend).toHaveLength(6);
      expect(row(ids.hours).trend.reduce((s, t) => s + t.value, 0)).toBeCloseTo(sql.hours, 2);
      expect(row(ids.hours).trend.find((t) => t.month === '2025-02')!.value).toBe(1.5);
      expect(report.milestonesDue.map((m) => m.id)).toEqual([ids.m2, ids.m1]);
      // One registry call (the period and its months) per distinct filter (none, WORK, HOUSING).
      expect(statements.filter((s) => /tenant_metrics(_periods)?\(/.test(s)).length).toBe(3);
    });

    it('says NOT_STARTED before a period has begun', async () => {
      const plan = await createPlan(api, ta.MANAGER, { name: 'Future', periodStart: '2099-01-01', periodEnd: '2099-12-31' });
      const objective = await addObjective(api, ta.MANAGER, { planId: plan.id, title: 'O' });
      await addIndicator(api, ta.MANAGER, { objectiveId: objective.id, name: 'Hours', metric: 'COUNSELLING_HOURS', target: 10 });
      const [row] = ok(await api.gql(REPORT, { planId: plan.id, from: '2099-01-01', to: '2099-03-31' }, { token: ta.MANAGER })).progressReport.rows;
      expect(row).toMatchObject({ actual: 0, expectedByNow: 0, status: 'NOT_STARTED' });
    });

    it('keeps one comment per indicator and period (upsert), shown in the report; blank removes it', async () => {
      const set = (comment: string, token = ta.MANAGER) => api.gql(COMMENT, { indicatorId: ids.hours, ...H1, comment }, { token });
      ok(await set('First thoughts'));
      expect(ok(await set('  Fewer sessions in spring  ')).setIndicatorComment).toMatchObject({ comment: 'Fewer sessions in spring', updatedBy: expect.stringContaining('MANAGER') });
      const stored = await ownerQuery<{ comment: string }>(owner, a.id, 'select comment from indicator_comment where tenant_id = ? and indicator_id = ?', [a.id, ids.hours]);
      expect(stored).toEqual([{ comment: 'Fewer sessions in spring' }]);
      const rows = ok(await api.gql(REPORT, { planId, ...H1 }, { token: ta.MANAGER })).progressReport.rows;
      expect(rows.find((r) => r.indicator.id === ids.hours)!.comment).toMatchObject({ comment: 'Fewer sessions in spring' });
      expect(rows.find((r) => r.indicator.id === ids.people)!.comment).toBeNull();
      refused(await set('Theirs', tb.MANAGER), 'NOT_FOUND');
      expect(ok(await set('  ')).setIndicatorComment).toBeNull();
      expect(await ownerQuery(owner, a.id, 'select 1 from indicator_comment where tenant_id = ? and indicator_id = ?', [a.id, ids.hours])).toEqual([]);
      ok(await set('Fewer sessions in spring'));
    });

    it('freezes a published report; the live view shows where the records changed since', async () => {
      const published = ok(await api.gql(PUBLISH, { planId, ...H1 }, { token: ta.MANAGER })).publishProgressReport;
      const before = await independent(H1.from, H1.to);
      const stored = await ownerQuery<{ snapshot: unknown }>(owner, a.id, 'select snapshot from published_report where tenant_id = ? and id = ?', [a.id, published.id]);
      // A session in the period logged after publishing.
      await logSession(api, ta.COUNSELLOR, { residentId: ids.r1, occurredOn: '2025-04-01', durationMinutes: 60, kind: 'INDIVIDUAL' });
      const after = await independent(H1.from, H1.to);
      expect(after.hours).toBe(before.hours + 1);

      const live = ok(await api.gql(REPORT, { planId, ...H1 }, { token: ta.MANAGER })).progressReport;
      expect(live.published).toEqual({ id: published.id, ...H1 });
      const liveHours = live.rows.find((r) => r.indicator.id === ids.hours)!;
      expect(liveHours).toMatchObject({ actual: after.hours, liveActual: after.hours, publishedActual: before.hours, changedSincePublished: true });
      expect(live.rows.find((r) => r.indicator.id === ids.work)).toMatchObject({ actual: before.work, publishedActual: before.work, changedSincePublished: false });

      const frozen = ok(await api.gql(PUBLISHED, { id: published.id }, { token: ta.MANAGER })).publishedReport;
      expect(frozen.published).toEqual({ id: published.id, ...H1 });
      expect(frozen.rows.find((r) => r.indicator.id === ids.hours)).toMatchObject({
        actual: before.hours,
        publishedActual: before.hours,
        liveActual: after.hours,
        changedSincePublished: true,
        comment: { comment: 'Fewer sessions in spring' },
      });
      expect(await ownerQuery(owner, a.id, 'select snapshot from published_report where tenant_id = ? and id = ?', [a.id, published.id])).toEqual(stored);
      refused(await api.gql(PUBLISHED, { id: published.id }, { token: tb.MANAGER }), 'NOT_FOUND');
      expect(ok(await api.gql(PLAN, { id: planId }, { token: ta.MANAGER })).strategicPlan.publishedReports).toEqual([
        { id: published.id, ...H1, publishedBy: expect.stringContaining('MANAGER') },
      ]);
      expect(await auditOf(owner, a.id, { action: 'CREATE', entityType: 'PublishedReport', entityId: published.id })).toHaveLength(1);
    });

    it('lets the application role only read and add published reports (append-only)', async () => {
      const orm = await appOrm(1);
      try {
        const em = orm.em.fork();
        for (const sql of ['update published_report set snapshot = \'{}\'', 'delete from published_report']) {
          await expect(em.execute(sql)).rejects.toThrow(/permission denied/);
        }
        const [grants] = await em.execute<{ sel: boolean; ins: boolean; upd: boolean; del: boolean }[]>(
          `select has_table_privilege('published_report', 'SELECT') as sel, has_table_privilege('published_report', 'INSERT') as ins,
                  has_table_privilege('published_report', 'UPDATE') as upd, has_table_privilege('published_report', 'DELETE') as del`,
        );
        expect(grants).toEqual({ sel: true, ins: true, upd: false, del: false });
      } finally {
        await orm.close(true);
      }
    });
  });
});
