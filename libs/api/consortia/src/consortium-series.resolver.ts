import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { Role } from '@bridgeway/shared-domain';
import { ConsortiumSeriesService } from './consortium-series.service.js';
import { ConsortiumOverviewType } from './consortium.type.js';
import { MetricSeriesType } from './metric-series.type.js';

@Resolver(() => ConsortiumOverviewType)
export class ConsortiumSeriesResolver {
  constructor(private readonly service: ConsortiumSeriesService) {}

  // Same roles as consortiumOverview; the overview has checked visibility and audited the read of this period.
  @Roles(Role.CONSORTIUM_COORDINATOR, Role.MANAGER)
  @ResolveField(() => [MetricSeriesType], { description: 'Month by month, one series per Metric: consortium totals only (computed only when selected)' })
  series(@Parent() overview: ConsortiumOverviewType): Promise<MetricSeriesType[]> {
    return this.service.series(overview.source);
  }
}
