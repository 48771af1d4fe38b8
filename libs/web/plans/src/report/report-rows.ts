import type { IndicatorProgressRowFragment, ProgressReportViewFragment } from '@bridgeway/web-graphql';

export interface ObjectiveRows {
  /** null: indicators no objective of the plan holds any more (a published report kept them). */
  title: string | null;
  key: string;
  rows: IndicatorProgressRowFragment[];
}

/** The report's rows grouped by the plan's objectives, in the report's order. */
export function rowsByObjective(report: Pick<ProgressReportViewFragment, 'plan' | 'rows'>): ObjectiveRows[] {
  const objectiveOf = new Map<string, { id: string; title: string }>();
  for (const objective of report.plan.objectives) {
    for (const indicator of objective.indicators) objectiveOf.set(indicator.id, objective);
  }
  const groups: ObjectiveRows[] = [];
  for (const row of report.rows) {
    const objective = objectiveOf.get(row.indicator.id);
    const key = objective?.id ?? 'none';
    let group = groups.find((candidate) => candidate.key === key);
    if (!group) {
      group = { key, title: objective?.title ?? null, rows: [] };
      groups.push(group);
    }
    group.rows.push(row);
  }
  return groups;
}
