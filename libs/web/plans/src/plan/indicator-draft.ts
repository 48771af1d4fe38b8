import type {
  AddIndicatorInput,
  CounsellingAudience,
  GoalDomain,
  Metric,
  MetricDefinitionItemFragment,
  PlanIndicatorFragment,
  SessionKind,
  UpdateIndicatorInput,
} from '@bridgeway/web-graphql';
import type { PlanErrorCode } from '../shared/error-text';
import { takesFilter, type MetricFilter } from '../shared/metrics';
import { figureOf, type NumberValue } from './numbers';
import { PLAN_TEXT_MAX } from './plan-draft';

/** The indicator form as typed: a metric of the registry, its optional filters, baseline and targets. */
export interface IndicatorDraft {
  name: string;
  metric: Metric | '';
  goalDomain: GoalDomain | '';
  departmentId: string;
  sessionKind: SessionKind | '';
  audience: CounsellingAudience | '';
  baseline: NumberValue;
  /** The target for the whole plan period. */
  target: NumberValue;
  /** Optional targets per calendar year of the plan (blank: none). */
  yearTargets: Record<number, NumberValue>;
}

export const indicatorFields = ['name', 'metric', 'goalDomain', 'departmentId', 'sessionKind', 'audience', 'baseline', 'target', 'yearTargets'] as const;
export type IndicatorField = (typeof indicatorFields)[number];
/** A year target's error is keyed `year2026`. */
export type IndicatorErrors = Partial<Record<IndicatorField | `year${number}`, PlanErrorCode>>;

export const emptyIndicatorDraft: IndicatorDraft = {
  name: '',
  metric: '',
  goalDomain: '',
  departmentId: '',
  sessionKind: '',
  audience: '',
  baseline: '',
  target: '',
  yearTargets: {},
};

export function indicatorDraftOf(indicator: PlanIndicatorFragment): IndicatorDraft {
  return {
    name: indicator.name,
    metric: indicator.metric,
    goalDomain: indicator.goalDomain ?? '',
    departmentId: indicator.department?.id ?? '',
    sessionKind: indicator.sessionKind ?? '',
    audience: indicator.audience ?? '',
    baseline: indicator.baseline ?? '',
    target: indicator.target,
    yearTargets: Object.fromEntries(indicator.yearTargets.map((yearTarget) => [yearTarget.year, yearTarget.target])),
  };
}

/** The API's rules, checked before sending: a name, a metric, a target from 0, year targets within the plan's years. */
export function validateIndicator(draft: IndicatorDraft, planYears: readonly number[]): IndicatorErrors {
  const errors: IndicatorErrors = {};
  if (!draft.name.trim()) errors.name = 'required';
  else if (draft.name.trim().length > PLAN_TEXT_MAX.name) errors.name = 'tooLong';
  if (!draft.metric) errors.metric = 'chooseOne';
  const target = figureOf(draft.target, { required: true });
  if (target.code) errors.target = target.code;
  const baseline = figureOf(draft.baseline, { required: false });
  if (baseline.code) errors.baseline = baseline.code;
  for (const [year, value] of Object.entries(draft.yearTargets)) {
    const figure = figureOf(value, { required: false });
    if (figure.code) errors[`year${Number(year)}`] = figure.code;
    else if (figure.value !== null && !planYears.includes(Number(year))) errors[`year${Number(year)}`] = 'yearOutsidePlan';
  }
  return errors;
}

/** The definition of the draft's metric (its filters) and the plan's level and years decide what is sent. */
export interface IndicatorScope {
  organisationPlan: boolean;
  planYears: readonly number[];
  definition: Pick<MetricDefinitionItemFragment, 'filters'> | undefined;
}

/**
 * The draft after choosing `metric` (`definition` is its registry entry): the filters it does not take are
 * cleared, so none stays hidden in the form (the API refuses a filter the metric does not take).
 */
export function withMetric(
  draft: IndicatorDraft,
  metric: Metric | '',
  definition: IndicatorScope['definition'],
  organisationPlan: boolean,
): IndicatorDraft {
  const takes = (filter: MetricFilter) => takesFilter(definition, filter, organisationPlan);
  return {
    ...draft,
    metric,
    goalDomain: takes('goalDomain') ? draft.goalDomain : '',
    departmentId: takes('department') ? draft.departmentId : '',
    sessionKind: takes('sessionKind') ? draft.sessionKind : '',
    audience: takes('audience') ? draft.audience : '',
  };
}

/** The filters the metric does not take are sent as null (the API refuses them). */
function indicatorFieldsOf(draft: IndicatorDraft, { organisationPlan, planYears, definition }: IndicatorScope) {
  const metric = draft.metric as Metric;
  const takes = (filter: MetricFilter) => takesFilter(definition, filter, organisationPlan);
  return {
    name: draft.name.trim(),
    metric,
    goalDomain: takes('goalDomain') && draft.goalDomain ? draft.goalDomain : null,
    departmentId: takes('department') && draft.departmentId ? draft.departmentId : null,
    sessionKind: takes('sessionKind') && draft.sessionKind ? draft.sessionKind : null,
    audience: takes('audience') && draft.audience ? draft.audience : null,
    baseline: figureOf(draft.baseline, { required: false }).value,
    target: figureOf(draft.target, { required: true }).value ?? 0,
    yearTargets: planYears.flatMap((year) => {
      const value = figureOf(draft.yearTargets[year] ?? '', { required: false }).value;
      return value === null ? [] : [{ year, target: value }];
    }),
  };
}

export function addIndicatorInputOf(objectiveId: string, draft: IndicatorDraft, scope: IndicatorScope): AddIndicatorInput {
  return { objectiveId, ...indicatorFieldsOf(draft, scope) };
}

/** Every field is sent (year targets replace the stored ones), with the version the editor showed. */
export function updateIndicatorInputOf(
  indicator: Pick<PlanIndicatorFragment, 'id' | 'version'>,
  draft: IndicatorDraft,
  scope: IndicatorScope,
): UpdateIndicatorInput {
  return {
    indicatorId: indicator.id,
    expectedVersion: indicator.version,
    ...indicatorFieldsOf(draft, scope),
  };
}
