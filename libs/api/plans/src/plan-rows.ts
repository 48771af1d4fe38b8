import { METRIC_REGISTRY, type CounsellingAudience } from '@bridgeway/api-consortia';
import type { GoalDomain, Metric, SessionKind } from '@bridgeway/shared-domain';
import type { MilestoneStatus, PlanLevel } from './plan-enums.js';
import { FundingType, IndicatorType, MilestoneType, ObjectiveType, PublishedReportSummaryType, StrategicPlanType } from './plan.types.js';

/** Rows as PostgreSQL returns them (dates as text, numeric as text), to GraphQL objects. */
type Row = Record<string, unknown>;

export function planFromRow(row: Row): StrategicPlanType {
  return Object.assign(new StrategicPlanType(), {
    id: row.id as string,
    name: row.name as string,
    description: (row.description as string | null) ?? null,
    periodStart: row.period_start as string,
    periodEnd: row.period_end as string,
    level: row.level as PlanLevel,
    version: row.version as number,
    consortiumId: (row.consortium_id as string | null) ?? null,
  });
}

export function objectiveFromRow(row: Row): ObjectiveType {
  return Object.assign(new ObjectiveType(), { id: row.id as string, title: row.title as string, position: row.position as number, planId: row.plan_id as string });
}

export function indicatorFromRow(row: Row): IndicatorType {
  const metric = row.metric as Metric;
  return Object.assign(new IndicatorType(), {
    id: row.id as string,
    name: row.name as string,
    metric,
    target: Number(row.target),
    baseline: row.baseline === null || row.baseline === undefined ? null : Number(row.baseline),
    goalDomain: (row.goal_domain as GoalDomain | null) ?? null,
    sessionKind: (row.session_kind as SessionKind | null) ?? null,
    audience: (row.audience as CounsellingAudience | null) ?? null,
    unit: METRIC_REGISTRY[metric]?.unit ?? 'COUNT',
    version: row.version as number,
    departmentId: (row.department_id as string | null) ?? null,
    objectiveId: row.objective_id as string,
  });
}

export function milestoneFromRow(row: Row): MilestoneType {
  return Object.assign(new MilestoneType(), {
    id: row.id as string,
    title: row.title as string,
    dueOn: row.due_on as string,
    status: row.status as MilestoneStatus,
    doneOn: (row.done_on as string | null) ?? null,
    note: (row.note as string | null) ?? null,
  });
}

export function fundingFromRow(row: Row): FundingType {
  return Object.assign(new FundingType(), {
    id: row.id as string,
    funder: row.funder as string,
    amount: Number(row.amount),
    currency: row.currency as string,
    note: (row.note as string | null) ?? null,
  });
}

/** A published_report row joined with the publisher's display_name. */
export function publishedSummaryFromRow(row: Row): PublishedReportSummaryType {
  return Object.assign(new PublishedReportSummaryType(), {
    id: row.id as string,
    from: row.period_from as string,
    to: row.period_to as string,
    publishedAt: new Date(row.published_at as string),
    publishedBy: row.display_name as string,
  });
}
