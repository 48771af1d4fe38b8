import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Metric } from '@bridgeway/shared-domain';
import { MetricSeriesType, MonthFigureType } from './metric-series.type.js';
import { suppressSmallCells, type ShownCounts } from './suppression.js';

/** What a ConsortiumOverview carries for its series: the consortium (already checked visible) and the period. */
export interface SeriesSource {
  consortiumId: string;
  from: string;
  to: string;
  threshold: number;
}

interface MonthRow {
  month: string;
  partners: number;
  residences_open: number;
  current_residents: number;
  counselling_minutes: number;
  people_counselled: number;
  trainings_held: number;
  goals_achieved: number;
}

/**
 * The one cross-tenant path, consortium_partner_figures(), called per calendar month (clipped
 * to the period) in one statement and summed over the partners: only totals leave the database.
 */
const MONTHLY = `
  select to_char(m, 'YYYY-MM') as month, count(f.tenant_id)::int as partners,
         coalesce(sum(f.residences_open), 0)::int as residences_open, coalesce(sum(f.current_residents), 0)::int as current_residents,
         coalesce(sum(f.counselling_minutes), 0)::int as counselling_minutes, coalesce(sum(f.people_counselled), 0)::int as people_counselled,
         coalesce(sum(f.trainings_held), 0)::int as trainings_held, coalesce(sum(f.goals_achieved), 0)::int as goals_achieved
    from generate_series(date_trunc('month', :from::date), :to::date, interval '1 month') m
    left join lateral consortium_partner_figures(:consortiumId::uuid, greatest(m::date, :from::date), least((m + interval '1 month' - interval '1 day')::date, :to::date)) f on true
   group by m
   order by m`;

const hours = (minutes: number) => Math.round((minutes * 100) / 60) / 100;

@Injectable()
export class ConsortiumSeriesService {
  constructor(private readonly em: EntityManager) {}

  async series({ consortiumId, from, to, threshold }: SeriesSource): Promise<MetricSeriesType[]> {
    const rows = await this.em.execute<MonthRow[]>(MONTHLY, { consortiumId, from, to });
    const months = rows.map((r) => {
      const counts = { currentResidents: r.current_residents, peopleCounselled: r.people_counselled, goalsAchieved: r.goals_achieved };
      // A lone partner's total is its own cell: hidden as the overview hides it (suppressSmallCells' totals).
      const people: ShownCounts = r.partners === 1 ? suppressSmallCells([counts], threshold).totals : counts;
      const figures: Record<Metric, number | null> = {
        [Metric.COUNSELLING_HOURS]: hours(r.counselling_minutes),
        [Metric.PEOPLE_COUNSELLED]: people.peopleCounselled,
        [Metric.RESIDENCES_OPEN]: r.residences_open,
        [Metric.CURRENT_RESIDENTS]: people.currentResidents,
        [Metric.TRAININGS_HELD]: r.trainings_held,
        [Metric.GOALS_ACHIEVED]: people.goalsAchieved,
      };
      return { month: r.month, figures };
    });
    return Object.values(Metric).map((metric) =>
      Object.assign(new MetricSeriesType(), {
        metric,
        months: months.map((m) => Object.assign(new MonthFigureType(), { month: m.month, total: m.figures[metric] })),
      }),
    );
  }
}
