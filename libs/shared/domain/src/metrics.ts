/**
 * The figures a consortium overview, a month-by-month series and a plan indicator report on
 * (the contract's `Metric`). Defined once in SQL: tenant_metrics() (docs/figures.md).
 */
export enum Metric {
  COUNSELLING_HOURS = 'COUNSELLING_HOURS',
  PEOPLE_COUNSELLED = 'PEOPLE_COUNSELLED',
  RESIDENCES_OPEN = 'RESIDENCES_OPEN',
  CURRENT_RESIDENTS = 'CURRENT_RESIDENTS',
  TRAININGS_HELD = 'TRAININGS_HELD',
  GOALS_ACHIEVED = 'GOALS_ACHIEVED',
  /** Beyond the contract's six: additions only (no breaking change), defined in the same registry. */
  PEOPLE_HOUSED = 'PEOPLE_HOUSED',
  OCCUPANCY_RATE = 'OCCUPANCY_RATE',
  RELATIVES_SUPPORTED = 'RELATIVES_SUPPORTED',
  HELPLINE_CONTACTS = 'HELPLINE_CONTACTS',
  MEETINGS_HELD = 'MEETINGS_HELD',
  ATTENDANCES = 'ATTENDANCES',
  PARCELS = 'PARCELS',
  BARC10_CHANGE = 'BARC10_CHANGE',
}

/** Metrics that count people: subject to small-cell suppression (ADR 0009). */
export const PEOPLE_METRICS: readonly Metric[] = [Metric.PEOPLE_COUNSELLED, Metric.CURRENT_RESIDENTS, Metric.GOALS_ACHIEVED];
