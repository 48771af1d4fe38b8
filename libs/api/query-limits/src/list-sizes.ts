/**
 * Assumed lengths of the list fields that take no `first`, for the cost estimate. Each is
 * bounded by construction, not by how much case data a tenant keeps (docs/api-limits.md):
 * every other list field of an object type takes `first` (see page-size.ts), and
 * test/api/query-limits.test.ts fails on a list field that does neither.
 */
export const NATURAL_LIST_SIZES: Readonly<Record<string, number>> = Object.freeze({
  /** Same name and date of birth in one organisation, at most MAX_DUPLICATES (10) by the query's limit. */
  'Query.possibleDuplicates': 10,
  /** Reference data from migrations; no operation adds instruments (2 today). */
  'Query.assessmentInstruments': 10,
  /** Items of one instrument (BARC-10: 10). */
  'AssessmentInstrument.items': 20,
  /** One row per GoalDomain value (10). */
  'Query.goalsByDomain': 10,
  /** Month-ends of at most 36 months, plus `to`. */
  'Query.occupancyOverTime': 37,
  /** Staff of one organisation; accounts are provisioned, no operation creates them. */
  'CounsellingTotals.byCounsellor': 50,
  /** Months with sessions in the period: 12 a year; ten years assumed. */
  'CounsellingTotals.byMonth': 120,
  /** At most `topResidents` (≤ 100). */
  'CounsellingTotals.byResident': 100,
  /** Written by the server per audited action (ASSIGN_KEY_WORKER: from, to). */
  'AuditEntry.details': 10,
  /** One page of `auditLog(first)`, at most AUDIT_LOG_MAX_PAGE (100). */
  'AuditLogPage.entries': 100,
  /** Sized by `residents(first)`, which already multiplies the whole connection. */
  'ResidentConnection.edges': 1,
  /** Units of one organisation (a handful; managers add them by hand). */
  'Query.departments': 50,
  /** Leaders of one programme, set by a manager (a few). */
  'Programme.leaders': 20,
  /** Goal domains of a programme: at most one per GoalDomain value (10). */
  'Programme.goalDomains': 10,
  /** Topics of a helpline contact: at most one per HelplineTopic value (5). */
  'HelplineContact.topics': 5,
  /** Month × channel × topic cells of at most 120 months. */
  'HelplineFigures.counts': 3_600,
  /** One row per HandoutKind value (4). */
  'MaterialSupportFigures.byKind': 4,
  /** Slots added by one generation: at most one a week for MEETINGS_AHEAD_WEEKS (6) weeks, plus the current one. */
  'Mutation.generateMeetings': 7,
  /** Held meetings of a programme in a period of at most 120 months (weekly: ~520). */
  'Programme.attendanceHistory': 600,
  /** Consortia a coordinator coordinates or an organisation belongs to (a few). */
  'Query.consortia': 20,
  /** Member organisations of one consortium (100-tenant data set: 10 per consortium). */
  'Consortium.members': 50,
  /** One row per member organisation. */
  'ConsortiumOverview.partners': 50,
  /** One series per Metric value (14). */
  'ConsortiumOverview.series': 14,
  /** One figure per Metric value (14), filters at most 4 each. */
  'Query.metricFigures': 14,
  'MetricFigure.filters': 4,
  'Query.metricDefinitions': 14,
  'MetricDefinition.filters': 4,
  /** Calendar months overlapping a period of under 120 months (PeriodArgs): at most 121. */
  'MetricSeries.months': 121,
  /** Consent decisions of one resident (recorded by staff when the resident decides: a handful). */
  'ConsortiumConsent.history': 20,
  /** Parts of one strategic plan, bounded by PLAN_LIMITS (libs/api/plans). */
  'StrategicPlan.objectives': 12,
  'Objective.indicators': 20,
  'StrategicPlan.milestones': 50,
  'StrategicPlan.funding': 20,
  /** One per calendar year of a plan of under 120 months: at most 11. */
  'Indicator.yearTargets': 11,
  /** One row per indicator of the plan (at most 100). */
  'ProgressReport.rows': 100,
  /** Milestones of one plan (at most 50). */
  'ProgressReport.milestonesDue': 50,
  /** Calendar months overlapping a period of under 120 months: at most 121. */
  'IndicatorProgress.trend': 121,
  /** One page of `erasureRequests(first)`, at most PAGE_SIZES.erasureRequests.max (100). */
  'ErasureRequestPage.requests': 100,
  /** One page of `retentionReview(first)`, at most PAGE_SIZES.retentionReview.max (100). */
  'RetentionReview.people': 100,
});

/** Assumed length of a list field missing from the table above (kept high so it shows in the cost). */
export const UNKNOWN_LIST_SIZE = 100;
