import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@bridgeway/api-common';
import { ConsortiaService, ConsortiumSeriesService, METRIC_REGISTRY, type PartnerFiguresType } from '@bridgeway/api-consortia';
import { Metric, Role } from '@bridgeway/shared-domain';
import type { ExportRequest, ExportSource } from '../export-source.js';
import { textsOf, type ExportTexts } from '../export-texts.js';
import { num, peopleCell, text, type Cell, type CellUnit, type Chart, type ReportDocument } from '../report-document.js';

/** The contract's six figures, in the order the dashboard shows them. */
const FIGURES = [
  { metric: Metric.RESIDENCES_OPEN, key: 'residencesOpen' },
  { metric: Metric.CURRENT_RESIDENTS, key: 'currentResidents' },
  { metric: Metric.COUNSELLING_HOURS, key: 'counsellingHours' },
  { metric: Metric.PEOPLE_COUNSELLED, key: 'peopleCounselled' },
  { metric: Metric.TRAININGS_HELD, key: 'trainingsHeld' },
  { metric: Metric.GOALS_ACHIEVED, key: 'goalsAchieved' },
] as const satisfies readonly { metric: Metric; key: keyof PartnerFiguresType & keyof ExportTexts }[];

function figureCell(value: number | null, metric: Metric, threshold: number): Cell {
  const definition = METRIC_REGISTRY[metric];
  if (definition.countsPeople) return peopleCell(value, threshold);
  // Only people counts are ever suppressed; a null elsewhere would be a bug, not a 0.
  if (value === null) return { kind: 'empty' };
  return num(value, definition.unit as CellUnit, definition.unit === 'HOURS' ? 2 : 0);
}

/**
 * CONSORTIUM_OVERVIEW: reads through ConsortiaService.overview() — the consortiumOverview
 * query's own service — so the visibility check, consent exclusion, suppression and the READ
 * audit row are the query's; the month-by-month totals come from the series the dashboard uses.
 */
@Injectable()
export class ConsortiumOverviewSource implements ExportSource {
  readonly kind = 'CONSORTIUM_OVERVIEW' as const;
  readonly roles = [Role.CONSORTIUM_COORDINATOR, Role.MANAGER] as const;
  readonly targetField = 'consortiumId' as const;
  readonly auditEntityType = 'ConsortiumOverview';

  constructor(
    private readonly consortia: ConsortiaService,
    private readonly series: ConsortiumSeriesService,
  ) {}

  /** The caller's consortia are those `consortia` lists (same rule as the overview): any other is NOT_FOUND. */
  async authorize({ targetId }: ExportRequest): Promise<void> {
    if (!(await this.consortia.list()).some((c) => c.id === targetId)) throw new NotFoundError('Consortium', targetId);
  }

  async build({ targetId, from, to, language }: ExportRequest, progress: (percent: number) => Promise<void>): Promise<ReportDocument> {
    const t = textsOf(language);
    const overview = await this.consortia.overview({ consortiumId: targetId, from, to });
    await progress(50);
    const threshold = overview.source.threshold;
    const monthly = await this.series.series(overview.source);
    await progress(90);
    const row = (label: string, figures: PartnerFiguresType): Cell[] => [text(label), ...FIGURES.map((f) => figureCell(figures[f.key], f.metric, threshold))];
    const columns = [{ label: t.partner }, ...FIGURES.map((f) => ({ label: t[f.key] }))];
    const months = monthly.find((s) => s.metric === Metric.COUNSELLING_HOURS)?.months.map((m) => m.month) ?? [];
    const totalOf = (metric: Metric) => monthly.find((s) => s.metric === metric)?.months.map((m) => m.total) ?? months.map(() => null);
    const partnerNames = overview.partners.map((p) => p.organisation?.name ?? '');
    const charts: Chart[] = [
      { title: t.byPartner(t.counsellingHours), type: 'bar', unit: 'HOURS', categories: partnerNames, series: [{ name: t.counsellingHours, values: overview.partners.map((p) => p.counsellingHours) }] },
      {
        title: t.byPartner(t.peopleCounselled),
        type: 'bar',
        unit: 'PEOPLE',
        categories: partnerNames,
        series: [
          { name: t.currentResidents, values: overview.partners.map((p) => p.currentResidents) },
          { name: t.peopleCounselled, values: overview.partners.map((p) => p.peopleCounselled) },
          { name: t.goalsAchieved, values: overview.partners.map((p) => p.goalsAchieved) },
        ],
      },
      { title: `${t.counsellingHours}: ${t.byMonth}`, type: 'line', unit: 'HOURS', categories: months, series: [{ name: t.counsellingHours, values: totalOf(Metric.COUNSELLING_HOURS) }] },
      {
        title: `${t.peopleCounselled}: ${t.byMonth}`,
        type: 'line',
        unit: 'PEOPLE',
        categories: months,
        series: [
          { name: t.peopleCounselled, values: totalOf(Metric.PEOPLE_COUNSELLED) },
          { name: t.currentResidents, values: totalOf(Metric.CURRENT_RESIDENTS) },
        ],
      },
    ];
    return {
      title: t.consortiumOverview,
      organisations: [overview.consortium.name],
      period: { from, to },
      language,
      generatedAt: new Date().toISOString(),
      sections: [
        {
          title: t.partners,
          notes: [t.suppressionNote(threshold)],
          tables: [{ title: t.partners, columns, rows: overview.partners.map((p) => row(p.organisation?.name ?? '', p)), footer: [row(t.total, overview.totals)] }],
        },
        {
          title: t.charts,
          tables: [
            {
              title: t.byMonth,
              columns: [{ label: t.month }, ...FIGURES.map((f) => ({ label: t[f.key] }))],
              rows: months.map((month, i) => [text(month), ...FIGURES.map((f) => figureCell(totalOf(f.metric)[i] ?? null, f.metric, threshold))]),
            },
          ],
          charts,
        },
      ],
    };
  }
}
