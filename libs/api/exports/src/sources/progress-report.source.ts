import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ConsortiaService, METRIC_REGISTRY } from '@bridgeway/api-consortia';
import { PlanLevel, PlansService, ProgressService, type IndicatorProgressType, type ProgressReportType } from '@bridgeway/api-plans';
import { getActor } from '@bridgeway/api-tenancy';
import { Role, type Metric } from '@bridgeway/shared-domain';
import type { ExportRequest, ExportSource } from '../export-source.js';
import { formatDay, textsOf } from '../export-texts.js';
import { empty, num, text, type Cell, type CellUnit, type Chart, type ReportDocument } from '../report-document.js';

const UNITS: readonly CellUnit[] = ['HOURS', 'PEOPLE', 'COUNT', 'PERCENT', 'POINTS', 'MONEY'];
const unitOf = (unit: string): CellUnit => UNITS.find((u) => u === unit) ?? 'COUNT';

/**
 * PROGRESS_REPORT: reads through ProgressService.report() — the progressReport query's own
 * service — so plan visibility, the figures (the metric registry), the cross-tenant audit of a
 * consortium plan and the status rule are the query's. A consortium plan's people counts under
 * the consortium's threshold come as "no figure" and print as "fewer than N".
 */
@Injectable()
export class ProgressReportSource implements ExportSource {
  readonly kind = 'PROGRESS_REPORT' as const;
  readonly roles = [Role.MANAGER, Role.CONSORTIUM_COORDINATOR] as const;
  readonly targetField = 'planId' as const;
  readonly auditEntityType = 'ProgressReport';

  constructor(
    private readonly em: EntityManager,
    private readonly plans: PlansService,
    private readonly progress: ProgressService,
    private readonly consortia: ConsortiaService,
  ) {}

  /** PlansService.get is NOT_FOUND for a plan the caller does not see. */
  async authorize({ targetId }: ExportRequest): Promise<void> {
    await this.plans.get(targetId);
  }

  async build({ targetId, from, to, language }: ExportRequest, progress: (percent: number) => Promise<void>): Promise<ReportDocument> {
    const t = textsOf(language);
    const report = await this.progress.report(targetId, from, to);
    await progress(70);
    const { owner, threshold } = await this.ownerOf(report);
    await progress(90);
    const metricOf = (row: IndicatorProgressType) => row.indicator.metric as Metric;
    /** No figure: a suppressed count of people in a consortium plan, else simply none (never 0). */
    const missing = (row: IndicatorProgressType): Cell =>
      threshold !== null && METRIC_REGISTRY[metricOf(row)].countsPeople ? { kind: 'suppressed', threshold, unit: 'PEOPLE' } : empty;
    const value = (row: IndicatorProgressType, v: number | null): Cell => (v === null ? missing(row) : num(v, unitOf(row.indicator.unit), 2));
    const rows = report.rows.map((row): Cell[] => [
      text(row.indicator.name),
      text(t.metrics[metricOf(row)] ?? row.indicator.metric),
      row.hasActual ? value(row, row.actual) : missing(row),
      value(row, row.target),
      row.percentOfTarget === null ? empty : num(row.percentOfTarget, 'PERCENT', 1),
      value(row, row.expectedByNow),
      row.status ? text(t.statuses[row.status] ?? row.status) : empty,
      row.comment ? text(row.comment.comment) : empty,
    ]);
    const months = report.rows[0]?.trend.map((p) => p.month) ?? [];
    const trendRows = months.map((month, i): Cell[] => [text(month), ...report.rows.map((row) => value(row, row.trend[i]?.value ?? null))]);
    const charts: Chart[] = [
      {
        title: t.percentOfTargetChart,
        type: 'bar',
        unit: 'PERCENT',
        categories: report.rows.map((r) => r.indicator.name),
        series: [{ name: t.percentOfTarget, values: report.rows.map((r) => r.percentOfTarget) }],
      },
      ...report.rows.map(
        (row): Chart => ({
          title: `${row.indicator.name}: ${t.trend}`,
          type: 'line',
          unit: unitOf(row.indicator.unit),
          categories: months,
          series: [{ name: t.metrics[metricOf(row)] ?? row.indicator.name, values: row.trend.map((p) => p.value) }],
        }),
      ),
    ];
    return {
      title: t.progressReport,
      organisations: [owner],
      period: { from, to },
      language,
      generatedAt: new Date().toISOString(),
      sections: [
        {
          title: `${t.plan}: ${report.plan.name}`,
          notes: threshold === null ? [] : [t.suppressionNote(threshold)],
          tables: [
            {
              title: t.indicators,
              columns: [{ label: t.indicator, width: 2 }, { label: t.metric, width: 1.4 }, { label: t.actual }, { label: t.target }, { label: t.percentOfTarget }, { label: t.expectedByNow }, { label: t.status }, { label: t.comment, width: 2 }],
              rows,
            },
            {
              title: t.milestonesDue,
              columns: [{ label: t.milestone, width: 3 }, { label: t.dueOn }, { label: t.status }, { label: t.doneOn }, { label: t.note, width: 2 }],
              rows: report.milestonesDue.map((m) => [
                text(m.title),
                text(formatDay(m.dueOn, language)),
                text(t.statuses[m.status] ?? m.status),
                m.doneOn ? text(formatDay(m.doneOn, language)) : empty,
                m.note ? text(m.note) : empty,
              ]),
            },
            { title: t.trend, columns: [{ label: t.month }, ...report.rows.map((r) => ({ label: r.indicator.name }))], rows: trendRows },
          ],
          charts,
        },
      ],
    };
  }

  /** Whose plan it is (a consortium's name, or the caller's organisation) and, for a consortium, its small-cell threshold. */
  private async ownerOf(report: ProgressReportType): Promise<{ owner: string; threshold: number | null }> {
    const consortiumId = report.plan.level === PlanLevel.CONSORTIUM ? report.plan.consortiumId : null;
    if (!consortiumId) return { owner: getActor().organisationName ?? '', threshold: null };
    // The consortium row is visible to its members and coordinators (row security), as the plan is.
    const [row] = await this.em.execute<{ name: string; small_cell_threshold: number }[]>('select name, small_cell_threshold from consortium where id = :consortiumId', { consortiumId });
    const name = row?.name ?? (await this.consortia.list()).find((c) => c.id === consortiumId)?.name ?? '';
    return { owner: name, threshold: row?.small_cell_threshold ?? null };
  }
}
