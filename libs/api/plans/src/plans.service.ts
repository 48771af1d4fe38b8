import { Injectable } from '@nestjs/common';
import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService } from '@bridgeway/api-audit';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, periodProblem } from '@bridgeway/api-common';
import { Consortium, METRIC_REGISTRY, type CounsellingAudience, type MetricFilter } from '@bridgeway/api-consortia';
import { Department, UserAccount } from '@bridgeway/api-organisations';
import { Tenant, getActor } from '@bridgeway/api-tenancy';
import { ConflictReason, Role, type GoalDomain, type Metric, type SessionKind } from '@bridgeway/shared-domain';
import { Funding } from './funding.entity.js';
import { IndicatorYearTarget } from './indicator-year-target.entity.js';
import { Indicator } from './indicator.entity.js';
import { Milestone } from './milestone.entity.js';
import { Objective } from './objective.entity.js';
import { StrategicPlan } from './strategic-plan.entity.js';
import { MilestoneStatus, PlanLevel } from './plan-enums.js';
import { PLAN_LIMITS } from './plan-limits.js';
import { VISIBLE_PLAN, planAccessParams } from './plan-access.js';
import { fundingFromRow, indicatorFromRow, milestoneFromRow, objectiveFromRow, planFromRow } from './plan-rows.js';
import type { FundingType, IndicatorType, MilestoneType, ObjectiveType, StrategicPlanType } from './plan.types.js';
import type {
  AddFundingInput,
  AddIndicatorInput,
  AddMilestoneInput,
  AddObjectiveInput,
  CreateStrategicPlanInput,
  IndicatorYearTargetInput,
  UpdateFundingInput,
  UpdateIndicatorInput,
  UpdateMilestoneInput,
  UpdateObjectiveInput,
  UpdateStrategicPlanInput,
} from './dto/plan.inputs.js';

type Row = Record<string, unknown>;

/** The tables whose rows belong to a plan through `plan_id`, and the entity name their errors use. */
const PARTS = {
  objective: { table: 'objective', entity: 'Objective', planOf: 'x.plan_id' },
  indicator: { table: 'indicator', entity: 'Indicator', planOf: '(select o.plan_id from objective o where o.tenant_id = x.tenant_id and o.id = x.objective_id)' },
  milestone: { table: 'milestone', entity: 'Milestone', planOf: 'x.plan_id' },
  funding: { table: 'funding', entity: 'Funding', planOf: 'x.plan_id' },
} as const;
type Part = keyof typeof PARTS;

/** The field error for a filter the indicator's metric does not take. */
const NOT_COUNTED_BY: Record<MetricFilter, string> = {
  department: 'This metric is not counted by department',
  goalDomain: 'This metric is not counted by goal domain',
  sessionKind: 'This metric is not counted by session kind',
  audience: 'This metric is not counted by audience (residents or relatives)',
};

const CHANGED = (what: string) => `Someone else changed this ${what} in the meantime; reload and try again`;

@Injectable()
export class PlansService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async list(first: number): Promise<StrategicPlanType[]> {
    const rows = await this.em.execute<Row[]>(`select p.* from strategic_plan p where ${VISIBLE_PLAN} order by p.period_start desc, p.name, p.id limit :first`, { ...planAccessParams(), first });
    return rows.map(planFromRow);
  }

  /** A plan the caller may see, else NOT_FOUND (another tenant's, another consortium's, the other level). */
  async get(id: string, em: EntityManager = this.em): Promise<StrategicPlanType> {
    const row = isUUID(id) ? (await em.execute<Row[]>(`select p.* from strategic_plan p where p.id = :id and ${VISIBLE_PLAN}`, { ...planAccessParams(), id }))[0] : undefined;
    if (!row) throw new NotFoundError('StrategicPlan', id);
    return planFromRow(row);
  }

  /** The visible plan a part (objective, indicator, milestone, funding) belongs to, else NOT_FOUND for the part. */
  async planOfPart(part: Part, id: string, em: EntityManager = this.em): Promise<StrategicPlanType> {
    const { table, entity, planOf } = PARTS[part];
    const row = isUUID(id)
      ? (await em.execute<Row[]>(`select p.* from ${table} x join strategic_plan p on p.tenant_id = x.tenant_id and p.id = ${planOf} where x.tenant_id = :tenantId and x.id = :id and ${VISIBLE_PLAN}`, { ...planAccessParams(), id }))[0]
      : undefined;
    if (!row) throw new NotFoundError(entity, id);
    return planFromRow(row);
  }

  // ---- plans -------------------------------------------------------------------------------

  async create(input: CreateStrategicPlanInput): Promise<StrategicPlanType> {
    const actor = getActor();
    checkPeriod(input.periodStart, input.periodEnd, 'periodEnd');
    const consortiumId = input.consortiumId ?? null;
    if (actor.role === Role.CONSORTIUM_COORDINATOR && !consortiumId) throw new BadUserInputError({ consortiumId: 'Choose the consortium the plan is for' });
    if (actor.role !== Role.CONSORTIUM_COORDINATOR && consortiumId) throw new ForbiddenError('Only a consortium coordinator makes consortium plans');
    return this.em.transactional(async (tx) => {
      if (consortiumId) {
        const [coordinates] = await tx.execute<Row[]>(
          'select 1 from consortium_coordinator k where k.tenant_id = :tenantId and k.user_id = :userId and k.consortium_id = :consortiumId',
          { tenantId: actor.tenantId, userId: actor.userId, consortiumId },
        );
        if (!coordinates) throw new NotFoundError('Consortium', consortiumId);
      }
      const plan = tx.create(StrategicPlan, {
        tenant: tx.getReference(Tenant, actor.tenantId),
        name: input.name,
        description: input.description ?? null,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        level: consortiumId ? PlanLevel.CONSORTIUM : PlanLevel.ORGANISATION,
        consortium: consortiumId ? tx.getReference(Consortium, consortiumId) : null,
        createdBy: tx.getReference(UserAccount, [actor.tenantId, actor.userId]),
      });
      await tx.flush();
      await this.audit.record({ action: 'CREATE', entityType: 'StrategicPlan', entityId: plan.id, details: { level: plan.level, consortiumId } }, tx);
      return this.get(plan.id, tx);
    });
  }

  async update(input: UpdateStrategicPlanInput): Promise<StrategicPlanType> {
    const { tenantId } = getActor();
    return this.versioned('plan', async () => {
      return this.em.transactional(async (tx) => {
        await this.get(input.planId, tx);
        const plan = await tx.findOneOrFail(StrategicPlan, { tenant: tenantId, id: input.planId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (plan.version !== input.expectedVersion) throw versionConflict('plan', plan.version);
        const periodStart = input.periodStart ?? plan.periodStart;
        const periodEnd = input.periodEnd ?? plan.periodEnd;
        checkPeriod(periodStart, periodEnd, input.periodEnd ? 'periodEnd' : 'periodStart');
        if (input.name !== undefined) plan.name = input.name;
        if (input.description !== undefined) plan.description = input.description;
        plan.periodStart = periodStart;
        plan.periodEnd = periodEnd;
        await tx.flush();
        await this.audit.record({ action: 'UPDATE', entityType: 'StrategicPlan', entityId: plan.id }, tx);
        return this.get(plan.id, tx);
      });
    });
  }

  // ---- objectives --------------------------------------------------------------------------

  async addObjective(input: AddObjectiveInput): Promise<ObjectiveType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const plan = await this.lockPlan(tx, input.planId);
      const [{ n, next }] = await tx.execute<{ n: number; next: number }[]>(
        'select count(*)::int as n, coalesce(max(position) + 1, 0)::int as next from objective where tenant_id = :tenantId and plan_id = :planId',
        { tenantId, planId: plan.id },
      );
      if (n >= PLAN_LIMITS.objectives) throw new BadUserInputError({ planId: `A plan holds at most ${PLAN_LIMITS.objectives} objectives` });
      const objective = tx.create(Objective, { tenant: tx.getReference(Tenant, tenantId), plan: tx.getReference(StrategicPlan, [tenantId, plan.id]), title: input.title, position: input.position ?? next });
      await tx.flush();
      await this.audit.record({ action: 'CREATE', entityType: 'Objective', entityId: objective.id, details: { planId: plan.id } }, tx);
      return objectiveFromRow({ id: objective.id, title: objective.title, position: objective.position, plan_id: plan.id });
    });
  }

  async updateObjective(input: UpdateObjectiveInput): Promise<ObjectiveType> {
    const { tenantId } = getActor();
    if (input.title === undefined && input.position == null) throw new BadUserInputError({ title: 'Give a new title or position' });
    return this.em.transactional(async (tx) => {
      const plan = await this.planOfPart('objective', input.objectiveId, tx);
      const objective = await tx.findOneOrFail(Objective, { tenant: tenantId, id: input.objectiveId });
      if (input.title !== undefined) objective.title = input.title;
      if (input.position != null) objective.position = input.position;
      await tx.flush();
      await this.audit.record({ action: 'UPDATE', entityType: 'Objective', entityId: objective.id, details: { planId: plan.id } }, tx);
      return objectiveFromRow({ id: objective.id, title: objective.title, position: objective.position, plan_id: plan.id });
    });
  }

  // ---- indicators --------------------------------------------------------------------------

  async addIndicator(input: AddIndicatorInput): Promise<IndicatorType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const plan = await this.planOfPart('objective', input.objectiveId, tx);
      await this.lockPlan(tx, plan.id);
      await this.checkIndicator(tx, plan, {
        metric: input.metric,
        goalDomain: input.goalDomain ?? null,
        departmentId: input.departmentId ?? null,
        sessionKind: input.sessionKind ?? null,
        audience: input.audience ?? null,
        baseline: input.baseline ?? null,
        yearTargets: input.yearTargets ?? [],
      });
      const [{ inPlan, inObjective, next }] = await tx.execute<{ inPlan: number; inObjective: number; next: number }[]>(
        `select count(*)::int as "inPlan", (count(*) filter (where i.objective_id = :objectiveId))::int as "inObjective",
                coalesce(max(i.position) filter (where i.objective_id = :objectiveId) + 1, 0)::int as next
           from indicator i join objective o on o.tenant_id = i.tenant_id and o.id = i.objective_id
          where o.tenant_id = :tenantId and o.plan_id = :planId`,
        { tenantId, planId: plan.id, objectiveId: input.objectiveId },
      );
      if (inObjective >= PLAN_LIMITS.indicatorsPerObjective) throw new BadUserInputError({ objectiveId: `An objective holds at most ${PLAN_LIMITS.indicatorsPerObjective} indicators` });
      if (inPlan >= PLAN_LIMITS.indicators) throw new BadUserInputError({ objectiveId: `A plan holds at most ${PLAN_LIMITS.indicators} indicators` });
      const indicator = tx.create(Indicator, {
        tenant: tx.getReference(Tenant, tenantId),
        objective: tx.getReference(Objective, [tenantId, input.objectiveId]),
        name: input.name,
        metric: input.metric,
        goalDomain: input.goalDomain ?? null,
        sessionKind: input.sessionKind ?? null,
        audience: input.audience ?? null,
        department: input.departmentId ? tx.getReference(Department, [tenantId, input.departmentId]) : null,
        baseline: input.baseline ?? null,
        target: input.target,
        position: input.position ?? next,
      });
      for (const y of input.yearTargets ?? []) tx.create(IndicatorYearTarget, { tenant: tx.getReference(Tenant, tenantId), indicator, year: y.year, target: y.target });
      await tx.flush();
      await this.audit.record({ action: 'CREATE', entityType: 'Indicator', entityId: indicator.id, details: { planId: plan.id, metric: indicator.metric } }, tx);
      return this.indicator(tx, indicator.id);
    });
  }

  async updateIndicator(input: UpdateIndicatorInput): Promise<IndicatorType> {
    const { tenantId } = getActor();
    return this.versioned('indicator', () =>
      this.em.transactional(async (tx) => {
        const plan = await this.planOfPart('indicator', input.indicatorId, tx);
        const indicator = await tx.findOneOrFail(Indicator, { tenant: tenantId, id: input.indicatorId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (indicator.version !== input.expectedVersion) throw versionConflict('indicator', indicator.version);
        const metric = input.metric ?? indicator.metric;
        const goalDomain = input.goalDomain !== undefined ? input.goalDomain : (indicator.goalDomain ?? null);
        const departmentId = input.departmentId !== undefined ? input.departmentId : (indicator.department ? indicator.department.unwrap().id : null);
        const sessionKind = input.sessionKind !== undefined ? input.sessionKind : (indicator.sessionKind ?? null);
        const audience = input.audience !== undefined ? input.audience : (indicator.audience ?? null);
        const baseline = input.baseline !== undefined ? input.baseline : (indicator.baseline ?? null);
        await this.checkIndicator(tx, plan, { metric, goalDomain, departmentId, sessionKind, audience, baseline, yearTargets: input.yearTargets ?? [] });
        if (input.name !== undefined) indicator.name = input.name;
        if (input.target != null) indicator.target = input.target;
        if (input.position != null) indicator.position = input.position;
        indicator.metric = metric;
        indicator.goalDomain = goalDomain;
        indicator.sessionKind = sessionKind;
        indicator.audience = audience;
        indicator.department = departmentId ? tx.getReference(Department, [tenantId, departmentId], { wrapped: true }) : null;
        indicator.baseline = baseline;
        if (input.yearTargets != null) {
          await tx.nativeDelete(IndicatorYearTarget, { tenant: tenantId, indicator: [tenantId, indicator.id] });
          for (const y of input.yearTargets) tx.create(IndicatorYearTarget, { tenant: tx.getReference(Tenant, tenantId), indicator, year: y.year, target: y.target });
        }
        const before = indicator.version;
        await tx.flush();
        // Every accepted update takes the version forward, also one that changed only year targets.
        if (indicator.version === before) {
          await tx.execute('update indicator set version = version + 1 where tenant_id = :tenantId and id = :id', { tenantId, id: indicator.id });
        }
        await this.audit.record({ action: 'UPDATE', entityType: 'Indicator', entityId: indicator.id, details: { planId: plan.id } }, tx);
        return this.indicator(tx, indicator.id);
      }),
    );
  }

  // ---- milestones and funding --------------------------------------------------------------

  async addMilestone(input: AddMilestoneInput): Promise<MilestoneType> {
    const { tenantId } = getActor();
    const status = input.status ?? MilestoneStatus.PLANNED;
    checkDone(status, input.doneOn ?? null);
    return this.em.transactional(async (tx) => {
      const plan = await this.lockPlan(tx, input.planId);
      const [{ n }] = await tx.execute<{ n: number }[]>('select count(*)::int as n from milestone where tenant_id = :tenantId and plan_id = :planId', { tenantId, planId: plan.id });
      if (n >= PLAN_LIMITS.milestones) throw new BadUserInputError({ planId: `A plan holds at most ${PLAN_LIMITS.milestones} milestones` });
      const milestone = tx.create(Milestone, {
        tenant: tx.getReference(Tenant, tenantId),
        plan: tx.getReference(StrategicPlan, [tenantId, plan.id]),
        title: input.title,
        dueOn: input.dueOn,
        status,
        doneOn: input.doneOn ?? null,
        note: input.note ?? null,
      });
      await tx.flush();
      await this.audit.record({ action: 'CREATE', entityType: 'Milestone', entityId: milestone.id, details: { planId: plan.id } }, tx);
      return milestoneFromEntity(milestone);
    });
  }

  async updateMilestone(input: UpdateMilestoneInput): Promise<MilestoneType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const plan = await this.planOfPart('milestone', input.milestoneId, tx);
      const milestone = await tx.findOneOrFail(Milestone, { tenant: tenantId, id: input.milestoneId });
      const status = input.status ?? milestone.status;
      // Leaving DONE clears the done date unless one is given (which checkDone then refuses).
      const doneOn = input.doneOn !== undefined ? input.doneOn : status === MilestoneStatus.DONE ? (milestone.doneOn ?? null) : null;
      checkDone(status, doneOn);
      if (input.title !== undefined) milestone.title = input.title;
      if (input.dueOn != null) milestone.dueOn = input.dueOn;
      if (input.note !== undefined) milestone.note = input.note;
      milestone.status = status;
      milestone.doneOn = doneOn;
      await tx.flush();
      await this.audit.record({ action: 'UPDATE', entityType: 'Milestone', entityId: milestone.id, details: { planId: plan.id, status } }, tx);
      return milestoneFromEntity(milestone);
    });
  }

  async addFunding(input: AddFundingInput): Promise<FundingType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const plan = await this.lockPlan(tx, input.planId);
      const [{ n }] = await tx.execute<{ n: number }[]>('select count(*)::int as n from funding where tenant_id = :tenantId and plan_id = :planId', { tenantId, planId: plan.id });
      if (n >= PLAN_LIMITS.funding) throw new BadUserInputError({ planId: `A plan holds at most ${PLAN_LIMITS.funding} funding lines` });
      const funding = tx.create(Funding, {
        tenant: tx.getReference(Tenant, tenantId),
        plan: tx.getReference(StrategicPlan, [tenantId, plan.id]),
        funder: input.funder,
        amount: input.amount.toFixed(2),
        currency: input.currency,
        note: input.note ?? null,
      });
      await tx.flush();
      await this.audit.record({ action: 'CREATE', entityType: 'Funding', entityId: funding.id, details: { planId: plan.id } }, tx);
      return fundingFromEntity(funding);
    });
  }

  async updateFunding(input: UpdateFundingInput): Promise<FundingType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const plan = await this.planOfPart('funding', input.fundingId, tx);
      const funding = await tx.findOneOrFail(Funding, { tenant: tenantId, id: input.fundingId });
      if (input.funder !== undefined) funding.funder = input.funder;
      if (input.amount != null) funding.amount = input.amount.toFixed(2);
      if (input.currency !== undefined) funding.currency = input.currency;
      if (input.note !== undefined) funding.note = input.note;
      await tx.flush();
      await this.audit.record({ action: 'UPDATE', entityType: 'Funding', entityId: funding.id, details: { planId: plan.id } }, tx);
      return fundingFromEntity(funding);
    });
  }

  /**
   * Removes an objective (with its indicators, their year targets and comments: the foreign keys
   * cascade), an indicator (with its year targets and comments), a milestone or a funding line.
   * Published reports keep their frozen copy. Returns the plan.
   */
  async remove(part: Part, id: string): Promise<StrategicPlanType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const plan = await this.planOfPart(part, id, tx);
      await this.lockPlan(tx, plan.id);
      await tx.execute(`delete from ${PARTS[part].table} where tenant_id = :tenantId and id = :id`, { tenantId, id });
      await this.audit.record({ action: 'DELETE', entityType: PARTS[part].entity, entityId: id, details: { planId: plan.id } }, tx);
      return plan;
    });
  }

  // ---- helpers -----------------------------------------------------------------------------

  private async indicator(em: EntityManager, id: string): Promise<IndicatorType> {
    const [row] = await em.execute<Row[]>('select * from indicator where tenant_id = :tenantId and id = :id', { tenantId: getActor().tenantId, id });
    return indicatorFromRow(row);
  }

  /**
   * The visible plan, its row locked: changes to one plan's parts (limits, positions) run one
   * after another.
   */
  private async lockPlan(tx: EntityManager, planId: string): Promise<StrategicPlanType> {
    const plan = await this.get(planId, tx);
    await tx.execute('select 1 from strategic_plan where tenant_id = :tenantId and id = :id for update', { tenantId: getActor().tenantId, id: plan.id });
    return plan;
  }

  /** The filters an indicator's metric takes (metric registry), the plan's level, its years and the department. */
  private async checkIndicator(
    tx: EntityManager,
    plan: StrategicPlanType,
    ind: {
      metric: Metric;
      goalDomain: GoalDomain | null;
      departmentId: string | null;
      sessionKind: SessionKind | null;
      audience: CounsellingAudience | null;
      baseline: number | null;
      yearTargets: IndicatorYearTargetInput[];
    },
  ): Promise<void> {
    const takes = new Set<MetricFilter>(METRIC_REGISTRY[ind.metric].filters);
    const problems: Record<string, string> = {};
    // Departments are one organisation's: consortium figures cannot be narrowed by one.
    if (ind.departmentId && plan.level === PlanLevel.CONSORTIUM) problems.departmentId = 'A consortium plan has no departments';
    for (const [field, filter, set] of [
      ['departmentId', 'department', ind.departmentId],
      ['goalDomain', 'goalDomain', ind.goalDomain],
      ['sessionKind', 'sessionKind', ind.sessionKind],
      ['audience', 'audience', ind.audience],
    ] as const) {
      if (set && !problems[field] && !takes.has(filter)) problems[field] = NOT_COUNTED_BY[filter];
    }
    const first = Number(plan.periodStart.slice(0, 4));
    const last = Number(plan.periodEnd.slice(0, 4));
    const years = ind.yearTargets.map((y) => y.year);
    if (years.some((y) => y < first || y > last)) problems.yearTargets = `Give targets only for the plan's years (${first}–${last})`;
    else if (new Set(years).size !== years.length) problems.yearTargets = 'Give at most one target per year';
    if (!problems.departmentId && ind.departmentId) {
      const [found] = await tx.execute<Row[]>('select 1 from department where tenant_id = :tenantId and id = :id', { tenantId: getActor().tenantId, id: ind.departmentId });
      if (!found) problems.departmentId = 'Choose a department of your organisation';
    }
    if (Object.keys(problems).length) throw new BadUserInputError(problems);
  }

  private async versioned<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof OptimisticLockError) throw versionConflict(what);
      throw error;
    }
  }
}

function versionConflict(what: string, currentVersion?: number): ConflictError {
  return new ConflictError(CHANGED(what), { reason: ConflictReason.VERSION_MISMATCH, ...(currentVersion !== undefined ? { currentVersion } : {}) });
}

function checkPeriod(start: string, end: string, field: string): void {
  if (end <= start) throw new BadUserInputError({ [field]: 'The plan must end after it starts' });
  const problem = periodProblem({ from: start, to: end });
  if (problem) throw new BadUserInputError({ [field]: problem });
}

function checkDone(status: MilestoneStatus, doneOn: string | null): void {
  if (status === MilestoneStatus.DONE && !doneOn) throw new BadUserInputError({ doneOn: 'Give the day the milestone was done' });
  if (status !== MilestoneStatus.DONE && doneOn) throw new BadUserInputError({ doneOn: 'Only a milestone that is DONE has a done date' });
}

function milestoneFromEntity(m: Milestone): MilestoneType {
  return milestoneFromRow({ id: m.id, title: m.title, due_on: m.dueOn, status: m.status, done_on: m.doneOn ?? null, note: m.note ?? null });
}

function fundingFromEntity(f: Funding): FundingType {
  return fundingFromRow({ id: f.id, funder: f.funder, amount: f.amount, currency: f.currency, note: f.note ?? null });
}
