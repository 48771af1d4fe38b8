import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { getActor } from '@bridgeway/api-tenancy';
import { Metric } from '@bridgeway/shared-domain';
import { scopeFor, type MetricScope, type MetricValues } from './metric-registry.js';
import { suppressSmallCells } from './suppression.js';

/** The columns of tenant_metrics() / consortium_partner_figures() (migration metric_registry). */
const COLUMNS = [
  'residences_open', 'current_residents', 'counselling_minutes', 'people_counselled', 'trainings_held', 'goals_achieved',
  'people_housed', 'occupied_beds', 'beds', 'relatives_supported', 'helpline_contacts', 'meetings_held', 'attendances',
  'parcels', 'barc10_change_sum', 'barc10_people',
] as const;
type Column = (typeof COLUMNS)[number];
export type MetricRow = Record<Column, number>;

/** Columns that count people: small-cell suppression applies to them in consortium figures (ADR 0009). */
const PEOPLE: readonly Column[] = ['current_residents', 'people_counselled', 'goals_achieved', 'people_housed', 'relatives_supported', 'barc10_people', 'occupied_beds'];

const SUMS = COLUMNS.map((c) => `coalesce(sum(f.${c}), 0)::int as ${c}`).join(', ');
/** Minutes as hours with two decimals, as counsellingTotals gives them. */
export const hours = (minutes: number) => Math.round((minutes * 100) / 60) / 100;
const ratio = (part: number | null, whole: number | null, scale: number) =>
  part === null || whole === null ? null : whole === 0 ? 0 : Math.round((part * scale * 10) / whole) / 10;

/** A row of the SQL functions as the registry's values: hours from minutes, a rate from beds, a mean change. */
export function toMetricValues(row: Record<Column, number | null>): MetricValues {
  return {
    [Metric.COUNSELLING_HOURS]: hours(row.counselling_minutes ?? 0),
    [Metric.PEOPLE_COUNSELLED]: row.people_counselled,
    [Metric.RESIDENCES_OPEN]: row.residences_open,
    [Metric.CURRENT_RESIDENTS]: row.current_residents,
    [Metric.TRAININGS_HELD]: row.trainings_held,
    [Metric.GOALS_ACHIEVED]: row.goals_achieved,
    [Metric.PEOPLE_HOUSED]: row.people_housed,
    [Metric.OCCUPANCY_RATE]: ratio(row.occupied_beds, row.beds, 100),
    [Metric.RELATIVES_SUPPORTED]: row.relatives_supported,
    [Metric.HELPLINE_CONTACTS]: row.helpline_contacts,
    [Metric.MEETINGS_HELD]: row.meetings_held,
    [Metric.ATTENDANCES]: row.attendances,
    [Metric.PARCELS]: row.parcels,
    // No one assessed twice: no change to report (null, not 0).
    [Metric.BARC10_CHANGE]: row.barc10_people === 0 ? null : ratio(row.barc10_change_sum, row.barc10_people, 1),
  };
}

/** A period's first and last day, both included. */
type Span = readonly [from: string, to: string];
export interface TotalAndMonths {
  total: MetricValues;
  monthly: { month: string; values: MetricValues }[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar months overlapping from..to, each clipped to it. */
export function monthsOf(from: string, to: string): Span[] {
  const spans: Span[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (;;) {
    const start = `${year}-${pad(month)}-01`;
    if (start > to) return spans;
    const end = `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
    spans.push([start < from ? from : start, end > to ? to : end]);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/** Periods and metric names go to SQL as JSON (named parameters would expand arrays into lists). */
const PERIODS_SQL = `(select array_agg(daterange((p->>0)::date, (p->>1)::date, '[]')) from jsonb_array_elements(:periods::jsonb) p)`;
const METRICS_SQL = `(select array_agg(m) from jsonb_array_elements_text(nullif(:metrics::jsonb, 'null'::jsonb)) m)`;
const spanKey = (from: string, to: string) => `${from}|${to}`;

/**
 * The registry's values (metric-registry.ts, docs/figures.md), from the one SQL definition of each
 * metric, for a period, its months, or both in one call; only the metrics asked for are computed.
 * The tenant's own figures count everyone; consortium totals come only from the audited
 * cross-tenant function and count consenting residents, with people counts suppressed where a
 * lone partner's small cell would show (the caller checks the consortium is visible and audits).
 */
@Injectable()
export class MetricValuesService {
  constructor(private readonly em: EntityManager) {}

  async forTenant(scope: MetricScope, metrics?: readonly Metric[]): Promise<MetricValues> {
    return (await this.tenantSpans(scope, [[scope.from, scope.to]], metrics)).get(spanKey(scope.from, scope.to))!;
  }

  /** Each metric narrowed only by the filters it takes: one call per distinct narrowed scope. */
  async forTenantEach(metrics: readonly Metric[], scope: MetricScope): Promise<Partial<MetricValues>> {
    const byScope = new Map<string, { scope: MetricScope; metrics: Metric[] }>();
    for (const metric of metrics) {
      const narrowed = scopeFor(metric, scope);
      const key = JSON.stringify(narrowed);
      byScope.set(key, { scope: narrowed, metrics: [...(byScope.get(key)?.metrics ?? []), metric] });
    }
    const result: Partial<MetricValues> = {};
    for (const group of byScope.values()) {
      const values = await this.forTenant(group.scope, group.metrics);
      for (const metric of group.metrics) result[metric] = values[metric];
    }
    return result;
  }

  /** Every calendar month of the period (clipped to it). */
  async monthlyForTenant(scope: MetricScope, metrics?: readonly Metric[]): Promise<TotalAndMonths['monthly']> {
    return (await this.tenantTotalAndMonths(scope, metrics)).monthly;
  }

  /** The period and each of its months, in one statement. */
  async tenantTotalAndMonths(scope: MetricScope, metrics?: readonly Metric[]): Promise<TotalAndMonths> {
    const months = monthsOf(scope.from, scope.to);
    return withMonths(await this.tenantSpans(scope, [[scope.from, scope.to], ...months], metrics), scope, months);
  }

  /** Consortium totals; a department filter does not apply (departments are one tenant's). */
  async forConsortium(consortiumId: string, scope: MetricScope, threshold: number, metrics?: readonly Metric[]): Promise<MetricValues> {
    return (await this.consortiumSpans(consortiumId, scope, threshold, [[scope.from, scope.to]], metrics)).get(spanKey(scope.from, scope.to))!;
  }

  async monthlyForConsortium(consortiumId: string, scope: MetricScope, threshold: number, metrics?: readonly Metric[]): Promise<TotalAndMonths['monthly']> {
    return (await this.consortiumTotalAndMonths(consortiumId, scope, threshold, metrics)).monthly;
  }

  async consortiumTotalAndMonths(consortiumId: string, scope: MetricScope, threshold: number, metrics?: readonly Metric[]): Promise<TotalAndMonths> {
    const months = monthsOf(scope.from, scope.to);
    return withMonths(await this.consortiumSpans(consortiumId, scope, threshold, [[scope.from, scope.to], ...months], metrics), scope, months);
  }

  private async tenantSpans(scope: MetricScope, spans: readonly Span[], metrics?: readonly Metric[]): Promise<Map<string, MetricValues>> {
    const rows = await this.em.execute<(MetricRow & { lo: string; hi: string })[]>(
      `select lower(f.period)::text as lo, (upper(f.period) - 1)::text as hi, f.*
         from tenant_metrics_periods(:tenantId::uuid, ${PERIODS_SQL}, false, :departmentId::uuid, :goalDomain::text,
                                     :sessionKind::text, :audience::text, ${METRICS_SQL}) f`,
      { ...filterParams(scope), tenantId: getActor().tenantId, periods: spansJson(spans), metrics: JSON.stringify(metrics ?? null) },
    );
    return new Map(rows.map(({ lo, hi, ...row }) => [spanKey(lo, hi), toMetricValues(row)]));
  }

  /** Per span, the sum over the partners that were members in it, and how many there were. */
  private async consortiumSpans(consortiumId: string, scope: MetricScope, threshold: number, spans: readonly Span[], metrics?: readonly Metric[]) {
    const rows = await this.em.execute<(MetricRow & { lo: string; hi: string; partners: number })[]>(
      `with periods as (select unnest(${PERIODS_SQL}) as period)
       select lower(p.period)::text as lo, (upper(p.period) - 1)::text as hi, count(f.tenant_id)::int as partners, ${SUMS}
         from periods p
         left join consortium_partner_figures_periods(:consortiumId::uuid, (select array_agg(period) from periods), :goalDomain::text,
                                                      :sessionKind::text, :audience::text, ${METRICS_SQL}) f on f.period = p.period
        group by p.period`,
      { ...consortiumFilterParams(scope), consortiumId, periods: spansJson(spans), metrics: JSON.stringify(metrics ?? null) },
    );
    return new Map(rows.map(({ lo, hi, ...row }) => [spanKey(lo, hi), toMetricValues(suppressLonePartner(row, threshold))]));
  }
}

function filterParams({ departmentId, goalDomain, sessionKind, audience }: MetricScope) {
  return { departmentId: departmentId ?? null, goalDomain: goalDomain ?? null, sessionKind: sessionKind ?? null, audience: audience ?? null };
}

/** A department is one tenant's: consortium figures take every other filter. */
function consortiumFilterParams(scope: MetricScope) {
  const { goalDomain, sessionKind, audience } = filterParams(scope);
  return { goalDomain, sessionKind, audience };
}

/** Each span once (a one-month period is also its only month). */
const spansJson = (spans: readonly Span[]) => JSON.stringify([...new Map(spans.map((s) => [spanKey(...s), s])).values()]);

function withMonths(values: Map<string, MetricValues>, { from, to }: MetricScope, months: readonly Span[]): TotalAndMonths {
  return {
    total: values.get(spanKey(from, to))!,
    monthly: months.map(([lo, hi]) => ({ month: lo.slice(0, 7), values: values.get(spanKey(lo, hi))! })),
  };
}

/** With one partner in the period its total is its own cell: people counts below the threshold are hidden (suppressSmallCells). */
function suppressLonePartner({ partners, ...row }: MetricRow & { partners: number }, threshold: number): Record<Column, number | null> {
  if (partners !== 1) return row;
  const { totals } = suppressSmallCells([row], threshold, PEOPLE);
  return { ...row, ...totals };
}
