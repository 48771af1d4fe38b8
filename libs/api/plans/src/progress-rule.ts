import type { MetricKind } from '@bridgeway/api-consortia';
import { IndicatorStatus } from './plan-enums.js';

/** Whole days from a to b (YYYY-MM-DD, UTC calendar days). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export interface RuleInput {
  kind: MetricKind;
  planStart: string;
  planEnd: string;
  planTarget: number;
  baseline: number | null;
  yearTargets: readonly { year: number; target: number }[];
  from: string;
  to: string;
  /** Today (UTC calendar day): a report of a running period expects only what is due so far. */
  today: string;
  /** null: suppressed or undefined figure. */
  actual: number | null;
}

export interface RuleResult {
  target: number;
  expectedByNow: number;
  percentOfTarget: number | null;
  status: IndicatorStatus | null;
}

/**
 * The status rule of docs/plans.md (read it there, with examples):
 * - target: the year target when [from, to] lies in one calendar year that has one, else the plan
 *   target; the base period is that year ∩ the plan period, else the plan period.
 * - fraction: the share of the base period's days elapsed by min(to, today), counted from the
 *   base start for a LEVEL metric and from max(from, base start) for a FLOW metric (what the
 *   period itself should have added), clamped to [0, 1].
 * - expected: FLOW target × fraction; LEVEL baseline + (target − baseline) × fraction (baseline
 *   missing: 0).
 * - status: NOT_STARTED when the fraction is 0; else actual/expected (expected/actual for a
 *   target below the baseline: a figure to reduce) ≥ 0.95 ON_TRACK, ≥ 0.80 AT_RISK, else BEHIND.
 *   Nothing expected (0) is ON_TRACK. No figure (suppressed): status null.
 */
export function applyRule(input: RuleInput): RuleResult {
  const year = input.from.slice(0, 4) === input.to.slice(0, 4) ? Number(input.from.slice(0, 4)) : null;
  const yearTarget = year === null ? undefined : input.yearTargets.find((y) => y.year === year);
  const target = yearTarget ? yearTarget.target : input.planTarget;
  const baseStart = yearTarget ? maxDay(`${year}-01-01`, input.planStart) : input.planStart;
  const baseEnd = yearTarget ? minDay(`${year}-12-31`, input.planEnd) : input.planEnd;
  const countFrom = input.kind === 'FLOW' ? maxDay(input.from, baseStart) : baseStart;
  const until = minDay(input.to, input.today);
  const fraction = Math.min(1, Math.max(0, (daysBetween(countFrom, until) + 1) / (daysBetween(baseStart, baseEnd) + 1)));
  const baseline = input.baseline ?? 0;
  const expected = input.kind === 'FLOW' ? target * fraction : baseline + (target - baseline) * fraction;
  const percentOfTarget = input.actual === null || target === 0 ? null : round((input.actual / target) * 100, 1);
  return { target, expectedByNow: round(expected, 2), percentOfTarget, status: statusOf(input, fraction, expected, target) };
}

function statusOf(input: RuleInput, fraction: number, expected: number, target: number): IndicatorStatus | null {
  if (input.actual === null) return null;
  if (fraction <= 0) return IndicatorStatus.NOT_STARTED;
  const reducing = input.baseline !== null && target < input.baseline;
  let ratio: number;
  if (reducing) ratio = input.actual <= 0 ? Number.POSITIVE_INFINITY : expected / input.actual;
  else ratio = expected <= 0 ? Number.POSITIVE_INFINITY : input.actual / expected;
  if (ratio >= 0.95) return IndicatorStatus.ON_TRACK;
  if (ratio >= 0.8) return IndicatorStatus.AT_RISK;
  return IndicatorStatus.BEHIND;
}
