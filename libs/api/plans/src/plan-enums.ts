/** Who a strategic plan belongs to: one organisation (its managers) or a consortium (its coordinators). */
export enum PlanLevel {
  ORGANISATION = 'ORGANISATION',
  CONSORTIUM = 'CONSORTIUM',
}

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  MISSED = 'MISSED',
  CANCELLED = 'CANCELLED',
}

/** How an indicator stands against what was expected by now (rule: docs/plans.md). */
export enum IndicatorStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  BEHIND = 'BEHIND',
  NOT_STARTED = 'NOT_STARTED',
}
