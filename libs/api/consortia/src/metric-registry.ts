import { Metric } from '@bridgeway/shared-domain';

/**
 * What a metric is, apart from its SQL (tenant_metrics(), docs/figures.md): the unit it is shown
 * in, whether it accumulates over a period (FLOW: hours, counts of things done) or is a level at
 * the period's end (LEVEL: residences open, current residents, a rate), whether it counts people
 * (small-cell suppression in consortium figures) and which filters narrow it.
 */
export type MetricUnit = 'HOURS' | 'PEOPLE' | 'COUNT' | 'PERCENT' | 'POINTS';
export type MetricKind = 'FLOW' | 'LEVEL';
/** department: one tenant's, so not in consortium figures; audience: RESIDENTS or RELATIVES (counselling). */
export type MetricFilter = 'department' | 'goalDomain' | 'sessionKind' | 'audience';

export interface MetricDefinition {
  readonly metric: Metric;
  readonly unit: MetricUnit;
  readonly kind: MetricKind;
  /** A count of people: suppressed below the consortium's threshold. */
  readonly countsPeople: boolean;
  readonly filters: readonly MetricFilter[];
}

const define = (metric: Metric, unit: MetricUnit, kind: MetricKind, filters: readonly MetricFilter[] = []): MetricDefinition => ({
  metric,
  unit,
  kind,
  countsPeople: unit === 'PEOPLE',
  filters,
});

/** Every metric, once. The SQL column of each is its lower-case name (tenant_metrics()). */
export const METRIC_REGISTRY: Readonly<Record<Metric, MetricDefinition>> = {
  [Metric.COUNSELLING_HOURS]: define(Metric.COUNSELLING_HOURS, 'HOURS', 'FLOW', ['sessionKind', 'audience']),
  [Metric.PEOPLE_COUNSELLED]: define(Metric.PEOPLE_COUNSELLED, 'PEOPLE', 'FLOW', ['sessionKind']),
  [Metric.RESIDENCES_OPEN]: define(Metric.RESIDENCES_OPEN, 'COUNT', 'LEVEL', ['department']),
  [Metric.CURRENT_RESIDENTS]: define(Metric.CURRENT_RESIDENTS, 'PEOPLE', 'LEVEL', ['department']),
  [Metric.TRAININGS_HELD]: define(Metric.TRAININGS_HELD, 'COUNT', 'FLOW', ['department']),
  [Metric.GOALS_ACHIEVED]: define(Metric.GOALS_ACHIEVED, 'PEOPLE', 'FLOW', ['goalDomain']),
  [Metric.PEOPLE_HOUSED]: define(Metric.PEOPLE_HOUSED, 'PEOPLE', 'FLOW', ['department']),
  [Metric.OCCUPANCY_RATE]: define(Metric.OCCUPANCY_RATE, 'PERCENT', 'LEVEL', ['department']),
  [Metric.RELATIVES_SUPPORTED]: define(Metric.RELATIVES_SUPPORTED, 'PEOPLE', 'FLOW'),
  [Metric.HELPLINE_CONTACTS]: define(Metric.HELPLINE_CONTACTS, 'COUNT', 'FLOW', ['department']),
  [Metric.MEETINGS_HELD]: define(Metric.MEETINGS_HELD, 'COUNT', 'FLOW', ['department']),
  [Metric.ATTENDANCES]: define(Metric.ATTENDANCES, 'COUNT', 'FLOW', ['department']),
  [Metric.PARCELS]: define(Metric.PARCELS, 'COUNT', 'FLOW', ['department']),
  [Metric.BARC10_CHANGE]: define(Metric.BARC10_CHANGE, 'POINTS', 'FLOW'),
};

export const METRICS: readonly Metric[] = Object.values(Metric);

/** One value per metric; null where a people count is suppressed (consortium figures only). */
export type MetricValues = Record<Metric, number | null>;

/** The period and the optional filters of a figure (filters a metric does not take are ignored). */
export interface MetricScope {
  from: string;
  to: string;
  departmentId?: string | null;
  goalDomain?: string | null;
  sessionKind?: string | null;
  audience?: 'RESIDENTS' | 'RELATIVES' | null;
}

/** The scope with only the filters `metric` takes (an indicator never narrows a metric by a filter it ignores). */
export function scopeFor(metric: Metric, scope: MetricScope): MetricScope {
  const takes = new Set(METRIC_REGISTRY[metric].filters);
  return {
    from: scope.from,
    to: scope.to,
    departmentId: takes.has('department') ? (scope.departmentId ?? null) : null,
    goalDomain: takes.has('goalDomain') ? (scope.goalDomain ?? null) : null,
    sessionKind: takes.has('sessionKind') ? (scope.sessionKind ?? null) : null,
    audience: takes.has('audience') ? (scope.audience ?? null) : null,
  };
}
