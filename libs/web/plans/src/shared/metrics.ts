import { useQuery } from '@apollo/client/react';
import { MetricDefinitionsDocument, type Metric, type MetricDefinitionItemFragment } from '@bridgeway/web-graphql';

/** The filters a metric may take (the API's registry says which: MetricDefinition.filters). */
export type MetricFilter = 'department' | 'goalDomain' | 'sessionKind' | 'audience';

/**
 * The editor's order, kept from before the API served the registry (its own order is historical):
 * counselling, housing, groups and courses, relatives and helpline, parcels, goals, BARC-10.
 * A metric not listed here (newer than this list) follows in the API's order.
 */
const editorOrder: readonly Metric[] = [
  'COUNSELLING_HOURS',
  'PEOPLE_COUNSELLED',
  'PEOPLE_HOUSED',
  'CURRENT_RESIDENTS',
  'RESIDENCES_OPEN',
  'OCCUPANCY_RATE',
  'TRAININGS_HELD',
  'MEETINGS_HELD',
  'ATTENDANCES',
  'RELATIVES_SUPPORTED',
  'HELPLINE_CONTACTS',
  'PARCELS',
  'GOALS_ACHIEVED',
  'BARC10_CHANGE',
];

const rank = (metric: Metric) => {
  const index = editorOrder.indexOf(metric);
  return index === -1 ? editorOrder.length : index;
};

/** The registry's metrics in the editor's order (a stable sort keeps the API's order among unknown ones). */
export function inEditorOrder(definitions: readonly MetricDefinitionItemFragment[]): MetricDefinitionItemFragment[] {
  return [...definitions].sort((a, b) => rank(a.metric) - rank(b.metric));
}

/** The metric registry as the API serves it, read once per session (it changes only with a release). */
export function useMetricDefinitions() {
  const { data, loading, error, refetch } = useQuery(MetricDefinitionsDocument, { fetchPolicy: 'cache-first' });
  return { definitions: data ? inEditorOrder(data.metricDefinitions) : undefined, loading, error, refetch };
}

/**
 * Whether an indicator of `metric` takes `filter`: the registry's filters, and department filters only in an
 * organisation's plans (a consortium's partners have their own departments). No definition: no filter.
 */
export function takesFilter(definition: Pick<MetricDefinitionItemFragment, 'filters'> | undefined, filter: MetricFilter, organisationPlan: boolean): boolean {
  if (!definition) return false;
  if (filter === 'department' && !organisationPlan) return false;
  return definition.filters.includes(filter);
}
