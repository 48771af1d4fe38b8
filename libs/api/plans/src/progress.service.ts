import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService } from '@bridgeway/api-audit';
import { NotFoundError } from '@bridgeway/api-common';
import { METRIC_REGISTRY, MetricValuesService, type CounsellingAudience, type MetricScope, type MetricValues } from '@bridgeway/api-consortia';
import { Tenant, getActor } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import type { GoalDomain, Metric, SessionKind } from '@bridgeway/shared-domain';
import { StrategicPlan } from './strategic-plan.entity.js';
import { PublishedReport } from './published-report.entity.js';
import { PlanLevel, type IndicatorStatus } from './plan-enums.js';
import { VISIBLE_PLAN, planAccessParams } from './plan-access.js';
import { indicatorFromRow, milestoneFromRow, publishedSummaryFromRow } from './plan-rows.js';
import { applyRule } from './progress-rule.js';
import { PlansService } from './plans.service.js';
import {
  IndicatorCommentType,
  IndicatorProgressType,
  IndicatorTrendPointType,
  IndicatorType,
  MilestoneType,
  ProgressReportType,
  PublishedReportSummaryType,
  type StrategicPlanType,
} from './plan.types.js';

type Row = Record<string, unknown>;

/** One row of a report as computed and as frozen in published_report.snapshot (plain JSON). */
export interface ReportRowData {
  indicator: {
    id: string;
    objectiveId: string;
    name: string;
    metric: Metric;
    target: number;
    baseline: number | null;
    goalDomain: GoalDomain | null;
    departmentId: string | null;
    /** Absent in reports published before indicators took these filters. */
    sessionKind?: SessionKind | null;
    audience?: CounsellingAudience | null;
    unit: string;
    version: number;
  };
  /** null: suppressed (consortium) or undefined (e.g. BARC-10 change with no one assessed twice). */
  actual: number | null;
  target: number;
  expectedByNow: number;
  percentOfTarget: number | null;
  status: IndicatorStatus | null;
  trend: { month: string; value: number | null }[];
  comment: { from: string; to: string; comment: string; updatedAt: string; updatedBy: string } | null;
}

export interface ReportData {
  plan: { id: string; name: string; periodStart: string; periodEnd: string; level: PlanLevel; consortiumId: string | null };
  from: string;
  to: string;
  rows: ReportRowData[];
  milestonesDue: { id: string; title: string; dueOn: string; status: string; doneOn: string | null; note: string | null }[];
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Progress reports: figures from the metric registry (MetricValuesService; no metric SQL here),
 * one call for the period and its months per distinct filter (department, goal domain,
 * session kind, audience) of the plan's indicators; consortium plans from the consortium's totals
 * (audited cross-tenant path).
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly plans: PlansService,
    private readonly metrics: MetricValuesService,
  ) {}

  /** The live report, compared with the latest published report of exactly this period. */
  async report(planId: string, from: string, to: string): Promise<ProgressReportType> {
    const plan = await this.plans.get(planId);
    const data = await this.compute(plan, from, to);
    const latest = await this.latestPublished(plan.id, from, to);
    const frozen = new Map((latest ? (latest.snapshot as ReportData).rows : []).map((r) => [r.indicator.id, r]));
    return toReport(plan, data, latest ? publishedSummaryFromRow(latest) : null, (row) => {
      const published = frozen.get(row.indicator.id);
      return { shown: row, publishedActual: published?.actual ?? null, liveActual: row.actual, changed: !!published && published.actual !== row.actual };
    });
  }

  /** A published report as frozen, each row compared with what the records give now. */
  async published(id: string): Promise<ProgressReportType> {
    const [row] = isUUID(id)
      ? await this.em.execute<Row[]>(
          `select r.*, u.display_name from published_report r
             join strategic_plan p on p.tenant_id = r.tenant_id and p.id = r.plan_id
             join user_account u on u.tenant_id = r.tenant_id and u.id = r.published_by_id
            where r.id = :id and ${VISIBLE_PLAN}`,
          { ...planAccessParams(), id },
        )
      : [];
    if (!row) throw new NotFoundError('PublishedReport', id);
    const snapshot = row.snapshot as ReportData;
    const plan = await this.plans.get(row.plan_id as string);
    const live = new Map((await this.compute(plan, snapshot.from, snapshot.to)).rows.map((r) => [r.indicator.id, r]));
    return toReport(plan, snapshot, publishedSummaryFromRow(row), (frozen) => {
      const now = live.get(frozen.indicator.id);
      const liveActual = now?.actual ?? null;
      return { shown: frozen, publishedActual: frozen.actual, liveActual, changed: !now || liveActual !== frozen.actual };
    });
  }

  /** Freezes the report as it is now (a new row each time: the latest of a period is the one shown). */
  async publish(planId: string, from: string, to: string): Promise<PublishedReportSummaryType> {
    const actor = getActor();
    return this.em.transactional(async (tx) => {
      const plan = await this.plans.get(planId, tx);
      const snapshot = await this.compute(plan, from, to);
      const report = tx.create(PublishedReport, {
        tenant: tx.getReference(Tenant, actor.tenantId),
        plan: tx.getReference(StrategicPlan, [actor.tenantId, plan.id]),
        periodFrom: from,
        periodTo: to,
        publishedBy: tx.getReference(UserAccount, [actor.tenantId, actor.userId]),
        snapshot,
      });
      await tx.flush();
      await this.audit.record({ action: 'CREATE', entityType: 'PublishedReport', entityId: report.id, details: { planId: plan.id, from, to } }, tx);
      const [row] = await tx.execute<Row[]>(
        'select r.*, u.display_name from published_report r join user_account u on u.tenant_id = r.tenant_id and u.id = r.published_by_id where r.tenant_id = :tenantId and r.id = :id',
        { tenantId: actor.tenantId, id: report.id },
      );
      return publishedSummaryFromRow(row);
    });
  }

  /** Sets (blank: removes) the comment on an indicator for one report period. */
  async setComment(indicatorId: string, from: string, to: string, comment: string): Promise<IndicatorCommentType | null> {
    const actor = getActor();
    return this.em.transactional(async (tx) => {
      const plan = await this.plans.planOfPart('indicator', indicatorId, tx);
      const params = { tenantId: actor.tenantId, userId: actor.userId, indicatorId, from, to, comment };
      if (!comment) {
        await tx.execute('delete from indicator_comment where tenant_id = :tenantId and indicator_id = :indicatorId and period_from = :from and period_to = :to', params);
      } else {
        await tx.execute(
          `insert into indicator_comment (tenant_id, id, indicator_id, period_from, period_to, comment, updated_by_id, updated_at)
           values (:tenantId, gen_random_uuid(), :indicatorId, :from, :to, :comment, :userId, now())
           on conflict (tenant_id, indicator_id, period_from, period_to)
           do update set comment = excluded.comment, updated_by_id = excluded.updated_by_id, updated_at = excluded.updated_at`,
          params,
        );
      }
      await this.audit.record({ action: 'UPDATE', entityType: 'Indicator', entityId: indicatorId, details: { planId: plan.id, comment: comment ? 'set' : 'removed', from, to } }, tx);
      const saved = (await this.comments(tx, [indicatorId], from, to)).get(indicatorId);
      return saved ? toComment(saved) : null;
    });
  }

  /** Computes the report's data (what publish freezes). */
  async compute(plan: StrategicPlanType, from: string, to: string, em: EntityManager = this.em): Promise<ReportData> {
    const { tenantId } = getActor();
    const indicators = (
      await em.execute<Row[]>(
        `select i.*, coalesce((select json_agg(json_build_object('year', y.year, 'target', y.target) order by y.year)
                                 from indicator_year_target y where y.tenant_id = i.tenant_id and y.indicator_id = i.id), '[]') as year_targets
           from indicator i join objective o on o.tenant_id = i.tenant_id and o.id = i.objective_id
          where o.tenant_id = :tenantId and o.plan_id = :planId
          order by o.position, o.id, i.position, i.id`,
        { tenantId, planId: plan.id },
      )
    ).map((row) => ({ indicator: indicatorFromRow(row), yearTargets: row.year_targets as { year: number; target: number }[] }));
    const figures = await this.figures(em, plan, from, to, indicators.map((i) => i.indicator));
    const comments = await this.comments(em, indicators.map((i) => i.indicator.id), from, to);
    const now = today();
    const rows = indicators.map(({ indicator, yearTargets }): ReportRowData => {
      const key = filterKey(indicator);
      const figure = figures.get(key);
      if (!figure) throw new Error(`No figures for the filter ${key}`);
      const { total, monthly } = figure;
      const actual = total[indicator.metric];
      const rule = applyRule({
        kind: METRIC_REGISTRY[indicator.metric].kind,
        planStart: plan.periodStart,
        planEnd: plan.periodEnd,
        planTarget: indicator.target,
        baseline: indicator.baseline,
        yearTargets,
        from,
        to,
        today: now,
        actual,
      });
      const comment = comments.get(indicator.id);
      return {
        indicator: {
          id: indicator.id,
          objectiveId: indicator.objectiveId,
          name: indicator.name,
          metric: indicator.metric,
          target: indicator.target,
          baseline: indicator.baseline,
          goalDomain: indicator.goalDomain,
          departmentId: indicator.departmentId,
          sessionKind: indicator.sessionKind,
          audience: indicator.audience,
          unit: indicator.unit,
          version: indicator.version,
        },
        actual,
        ...rule,
        trend: monthly.map((m) => ({ month: m.month, value: m.values[indicator.metric] })),
        comment: comment ?? null,
      };
    });
    const milestones = await em.execute<Row[]>(
      `select * from milestone
        where tenant_id = :tenantId and plan_id = :planId
          and (due_on between :from and :to or (due_on < :from and status in ('PLANNED', 'IN_PROGRESS')))
        order by due_on, title, id`,
      { tenantId, planId: plan.id, from, to },
    );
    return {
      plan: { id: plan.id, name: plan.name, periodStart: plan.periodStart, periodEnd: plan.periodEnd, level: plan.level, consortiumId: plan.consortiumId },
      from,
      to,
      rows,
      milestonesDue: milestones.map((m) => ({ ...milestoneFromRow(m) })),
    };
  }

  /**
   * One registry call (the period and its months, only the metrics asked for) per distinct filter. A consortium plan
   * reads the consortium's totals (the audited cross-tenant path: one READ row in the caller's
   * tenant); its indicators carry no department (refused when they are added).
   */
  private async figures(em: EntityManager, plan: StrategicPlanType, from: string, to: string, indicators: IndicatorType[]) {
    const result = new Map<string, { total: MetricValues; monthly: { month: string; values: MetricValues }[] }>();
    // Per distinct filter, the metrics its indicators report: only those are computed.
    const groups = new Map<string, { filter: ReturnType<typeof filterOf>; metrics: Set<Metric> }>();
    for (const i of indicators) {
      const group = groups.get(filterKey(i)) ?? { filter: filterOf(i), metrics: new Set<Metric>() };
      group.metrics.add(i.metric);
      groups.set(filterKey(i), group);
    }
    if (plan.level === PlanLevel.CONSORTIUM && plan.consortiumId) {
      if (!indicators.length) return result;
      const [consortium] = await em.execute<{ small_cell_threshold: number }[]>('select small_cell_threshold from consortium where id = :id', { id: plan.consortiumId });
      if (!consortium) throw new NotFoundError('Consortium', plan.consortiumId);
      for (const [key, { filter, metrics }] of groups) {
        const scope = { from, to, ...filter, departmentId: null };
        result.set(key, await this.metrics.consortiumTotalAndMonths(plan.consortiumId, scope, consortium.small_cell_threshold, [...metrics]));
      }
      await this.audit.record({ action: 'READ', entityType: 'ConsortiumOverview', entityId: plan.consortiumId, details: { consortiumId: plan.consortiumId, planId: plan.id, from, to } }, em);
      return result;
    }
    for (const [key, { filter, metrics }] of groups) {
      result.set(key, await this.metrics.tenantTotalAndMonths({ from, to, ...filter }, [...metrics]));
    }
    return result;
  }

  private async comments(em: EntityManager, indicatorIds: string[], from: string, to: string): Promise<Map<string, NonNullable<ReportRowData['comment']>>> {
    if (!indicatorIds.length) return new Map();
    const rows = await em.execute<Row[]>(
      `select c.indicator_id, c.comment, c.updated_at, u.display_name from indicator_comment c
         join user_account u on u.tenant_id = c.tenant_id and u.id = c.updated_by_id
        where c.tenant_id = :tenantId and c.indicator_id in (:indicatorIds) and c.period_from = :from and c.period_to = :to`,
      { tenantId: getActor().tenantId, indicatorIds, from, to },
    );
    return new Map(
      rows.map((r) => [
        r.indicator_id as string,
        { from, to, comment: r.comment as string, updatedAt: new Date(r.updated_at as string).toISOString(), updatedBy: r.display_name as string },
      ]),
    );
  }

  private async latestPublished(planId: string, from: string, to: string): Promise<Row | undefined> {
    const [row] = await this.em.execute<Row[]>(
      `select r.*, u.display_name from published_report r
         join user_account u on u.tenant_id = r.tenant_id and u.id = r.published_by_id
        where r.tenant_id = :tenantId and r.plan_id = :planId and r.period_from = :from and r.period_to = :to
        order by r.published_at desc, r.id desc limit 1`,
      { tenantId: getActor().tenantId, planId, from, to },
    );
    return row;
  }
}

type IndicatorFilter = Pick<IndicatorType, 'departmentId' | 'goalDomain' | 'sessionKind' | 'audience'>;

/** The registry filters of an indicator (it carries only those its metric takes: checked when stored). */
function filterOf(i: IndicatorFilter): Omit<MetricScope, 'from' | 'to'> {
  return { departmentId: i.departmentId, goalDomain: i.goalDomain, sessionKind: i.sessionKind, audience: i.audience };
}

/** Indicators with the same filters share their registry calls. */
function filterKey(i: IndicatorFilter): string {
  return [i.departmentId, i.goalDomain, i.sessionKind, i.audience].map((v) => v ?? '').join('|');
}

function toComment(c: NonNullable<ReportRowData['comment']>): IndicatorCommentType {
  return Object.assign(new IndicatorCommentType(), { ...c, updatedAt: new Date(c.updatedAt) });
}

interface Shown {
  shown: ReportRowData;
  publishedActual: number | null;
  liveActual: number | null;
  changed: boolean;
}

function toReport(plan: StrategicPlanType, data: ReportData, published: PublishedReportSummaryType | null, compare: (row: ReportRowData) => Shown): ProgressReportType {
  return Object.assign(new ProgressReportType(), {
    plan,
    from: data.from,
    to: data.to,
    published,
    milestonesDue: data.milestonesDue.map((m) => milestoneFromRow({ id: m.id, title: m.title, due_on: m.dueOn, status: m.status, done_on: m.doneOn, note: m.note }) as MilestoneType),
    rows: data.rows.map((row) => {
      const { shown, publishedActual, liveActual, changed } = compare(row);
      const i = shown.indicator;
      return Object.assign(new IndicatorProgressType(), {
        indicator: Object.assign(new IndicatorType(), { ...i }),
        actual: shown.actual ?? 0,
        hasActual: shown.actual !== null,
        target: shown.target,
        percentOfTarget: shown.percentOfTarget,
        expectedByNow: shown.expectedByNow,
        status: shown.status,
        trend: shown.trend.map((t) => Object.assign(new IndicatorTrendPointType(), t)),
        comment: shown.comment ? toComment(shown.comment) : null,
        publishedActual,
        liveActual,
        changedSincePublished: changed,
      });
    }),
  });
}

