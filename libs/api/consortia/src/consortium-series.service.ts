import { Injectable } from '@nestjs/common';
import { METRICS } from './metric-registry.js';
import { MetricValuesService } from './metric-values.service.js';
import { MetricSeriesType, MonthFigureType } from './metric-series.type.js';

/** What a ConsortiumOverview carries for its series: the consortium (already checked visible) and the period. */
export interface SeriesSource {
  consortiumId: string;
  from: string;
  to: string;
  threshold: number;
}

/**
 * Every registry metric month by month: the one cross-tenant path, consortium_partner_figures(),
 * per calendar month (clipped to the period) in one statement, summed over the partners, so only
 * totals leave the database (MetricValuesService.monthlyForConsortium).
 */
@Injectable()
export class ConsortiumSeriesService {
  constructor(private readonly values: MetricValuesService) {}

  async series({ consortiumId, from, to, threshold }: SeriesSource): Promise<MetricSeriesType[]> {
    const months = await this.values.monthlyForConsortium(consortiumId, { from, to }, threshold);
    return METRICS.map((metric) =>
      Object.assign(new MetricSeriesType(), {
        metric,
        months: months.map((m) => Object.assign(new MonthFigureType(), { month: m.month, total: m.values[metric] })),
      }),
    );
  }
}
