import type {
  IndicatorProgressRowFragment,
  MetricDefinitionItemFragment,
  PlanEditorFragment,
  PlanIndicatorFragment,
  ProgressReportViewFragment,
  PublishedReportItemFragment,
} from '@bridgeway/web-graphql';

const definition = (
  metric: MetricDefinitionItemFragment['metric'],
  unit: MetricDefinitionItemFragment['unit'],
  kind: 'FLOW' | 'LEVEL',
  filters: string[],
): MetricDefinitionItemFragment => ({ __typename: 'MetricDefinition', metric, unit, kind, filters, countsPeople: unit === 'PEOPLE' });

/**
 * The metric registry as the API serves it (metricDefinitions), in the API's order, which is not the
 * editor's: the editor's order and filters must come from here.
 */
export const metricDefinitions: MetricDefinitionItemFragment[] = [
  definition('COUNSELLING_HOURS', 'HOURS', 'FLOW', ['sessionKind', 'audience']),
  definition('PEOPLE_COUNSELLED', 'PEOPLE', 'FLOW', ['sessionKind']),
  definition('RESIDENCES_OPEN', 'COUNT', 'LEVEL', ['department']),
  definition('CURRENT_RESIDENTS', 'PEOPLE', 'LEVEL', ['department']),
  definition('TRAININGS_HELD', 'COUNT', 'FLOW', ['department']),
  definition('GOALS_ACHIEVED', 'PEOPLE', 'FLOW', ['goalDomain']),
  definition('PEOPLE_HOUSED', 'PEOPLE', 'FLOW', ['department']),
  definition('OCCUPANCY_RATE', 'PERCENT', 'LEVEL', ['department']),
  definition('RELATIVES_SUPPORTED', 'PEOPLE', 'FLOW', []),
  definition('HELPLINE_CONTACTS', 'COUNT', 'FLOW', ['department']),
  definition('MEETINGS_HELD', 'COUNT', 'FLOW', ['department']),
  definition('ATTENDANCES', 'COUNT', 'FLOW', ['department']),
  definition('PARCELS', 'COUNT', 'FLOW', ['department']),
  definition('BARC10_CHANGE', 'POINTS', 'FLOW', []),
];

/** A-LARM's grant plan as the editor reads it: two objectives, a milestone, a funding. */
export const peopleCounselled: PlanIndicatorFragment = {
  __typename: 'Indicator',
  id: 'i-people',
  name: 'People counselled',
  metric: 'PEOPLE_COUNSELLED',
  target: 80,
  baseline: null,
  goalDomain: null,
  sessionKind: null,
  audience: null,
  unit: 'PEOPLE',
  version: 3,
  department: null,
  yearTargets: [{ __typename: 'IndicatorYearTarget', year: 2026, target: 60 }],
};

export const counsellingHours: PlanIndicatorFragment = {
  ...peopleCounselled,
  id: 'i-hours',
  name: 'Hours of counselling',
  metric: 'COUNSELLING_HOURS',
  target: 1400,
  baseline: 200,
  sessionKind: 'INDIVIDUAL',
  audience: 'RESIDENTS',
  unit: 'HOURS',
  version: 1,
  yearTargets: [],
};

export const plan: PlanEditorFragment = {
  __typename: 'StrategicPlan',
  id: 'p-grant',
  name: 'Grant plan 2025/26',
  description: 'Foundation grant',
  periodStart: '2025-10-01',
  periodEnd: '2026-09-30',
  level: 'ORGANISATION',
  version: 2,
  consortium: null,
  objectives: [
    { __typename: 'Objective', id: 'o-reach', title: 'Reach more people', position: 0, indicators: [peopleCounselled, counsellingHours] },
    { __typename: 'Objective', id: 'o-empty', title: 'Visibility', position: 1, indicators: [] },
  ],
  milestones: [
    { __typename: 'Milestone', id: 'm-start', title: 'Start', dueOn: '2025-10-01', status: 'DONE', doneOn: '2025-10-03', note: null },
  ],
  funding: [{ __typename: 'Funding', id: 'f-foundation', funder: 'Stiftelsen Dam', amount: 500000, currency: 'NOK', note: null }],
};

export const published: PublishedReportItemFragment = {
  __typename: 'PublishedReportSummary',
  id: 'r-1',
  from: '2025-10-01',
  to: '2026-03-31',
  publishedAt: '2026-04-02T10:00:00.000Z',
  publishedBy: 'Mona Manager',
};

const row = (overrides: Partial<IndicatorProgressRowFragment> & Pick<IndicatorProgressRowFragment, 'indicator'>): IndicatorProgressRowFragment => ({
  __typename: 'IndicatorProgress',
  actual: 0,
  hasActual: true,
  target: 0,
  percentOfTarget: null,
  expectedByNow: 0,
  status: null,
  trend: [
    { __typename: 'IndicatorTrendPoint', month: '2025-10', value: 3 },
    { __typename: 'IndicatorTrendPoint', month: '2025-11', value: null },
  ],
  comment: null,
  publishedActual: null,
  liveActual: null,
  changedSincePublished: false,
  ...overrides,
});

const indicatorOf = (id: string, name: string, metric: IndicatorProgressRowFragment['indicator']['metric'], unit: string) => ({
  __typename: 'Indicator' as const,
  id,
  name,
  metric,
  unit,
  goalDomain: null,
  sessionKind: null,
  audience: null,
  department: null,
});

/** Four indicators, one per status: on track, behind (changed since published), no figure, at risk. */
export const rows: IndicatorProgressRowFragment[] = [
  row({
    indicator: { ...indicatorOf('i-hours', 'Hours of counselling', 'COUNSELLING_HOURS', 'HOURS'), sessionKind: 'INDIVIDUAL', audience: 'RESIDENTS' },
    actual: 700,
    liveActual: 700,
    target: 1400,
    percentOfTarget: 50,
    expectedByNow: 650.5,
    status: 'ON_TRACK',
    comment: { __typename: 'IndicatorComment', comment: 'Ahead of plan', updatedAt: '2026-04-01T08:00:00.000Z', updatedBy: 'Mona Manager' },
  }),
  row({
    indicator: indicatorOf('i-people', 'People counselled', 'PEOPLE_COUNSELLED', 'PEOPLE'),
    actual: 30,
    liveActual: 30,
    target: 80,
    percentOfTarget: 37.5,
    expectedByNow: 60,
    status: 'BEHIND',
    publishedActual: 28,
    changedSincePublished: true,
  }),
  row({
    indicator: { ...indicatorOf('i-goals', 'Work goals achieved', 'GOALS_ACHIEVED', 'PEOPLE'), goalDomain: 'WORK' },
    hasActual: false,
    target: 10,
    expectedByNow: 5,
  }),
  row({
    indicator: indicatorOf('i-trainings', 'Trainings', 'TRAININGS_HELD', 'COUNT'),
    actual: 12,
    liveActual: 12,
    target: 14,
    percentOfTarget: 85.7,
    expectedByNow: 14,
    status: 'AT_RISK',
  }),
];

export function reportOf(from: string, to: string, publishedReport: PublishedReportItemFragment | null = null): ProgressReportViewFragment {
  return {
    __typename: 'ProgressReport',
    from,
    to,
    plan: {
      __typename: 'StrategicPlan',
      id: plan.id,
      name: plan.name,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      objectives: [
        {
          __typename: 'Objective',
          id: 'o-reach',
          title: 'Reach more people',
          indicators: ['i-hours', 'i-people', 'i-goals'].map((id) => ({ __typename: 'Indicator' as const, id })),
        },
        { __typename: 'Objective', id: 'o-train', title: 'Train', indicators: [{ __typename: 'Indicator', id: 'i-trainings' }] },
      ],
    },
    rows,
    milestonesDue: plan.milestones,
    published: publishedReport,
  };
}
