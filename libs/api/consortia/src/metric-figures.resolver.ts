import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { Role } from '@bridgeway/shared-domain';
import { MetricFiguresArgs } from './dto/metric-figures.args.js';
import { MetricDefinitionType, MetricFigureType, MetricUnitEnum } from './metric-figure.type.js';
import { METRIC_REGISTRY, METRICS } from './metric-registry.js';
import { MetricValuesService } from './metric-values.service.js';
import './metric-series.type.js';

@Resolver()
export class MetricFiguresResolver {
  constructor(private readonly values: MetricValuesService) {}

  // Definitions only, no figures: for whoever edits or reads plans and consortium figures.
  @Roles(Role.MANAGER, Role.CONSORTIUM_COORDINATOR)
  @Query(() => [MetricDefinitionType], { description: 'Every metric of the registry, in its order: unit, kind, filters' })
  metricDefinitions(): MetricDefinitionType[] {
    return METRICS.map((metric) => {
      const { unit, kind, filters, countsPeople } = METRIC_REGISTRY[metric];
      return Object.assign(new MetricDefinitionType(), { metric, unit: unit as MetricUnitEnum, kind, filters: [...filters], countsPeople });
    });
  }

  // Aggregates of the manager's own organisation (row security); the same values a plan indicator reports.
  @Roles(Role.MANAGER)
  @Query(() => [MetricFigureType], {
    description: "Every registry metric for the caller's organisation in a period, each narrowed only by the filters it takes (everyone counted: consent applies to consortium figures only)",
  })
  async metricFigures(@Args() args: MetricFiguresArgs): Promise<MetricFigureType[]> {
    const values = await this.values.forTenantEach(METRICS, args);
    return METRICS.map((metric) => {
      const { unit, kind, filters } = METRIC_REGISTRY[metric];
      return Object.assign(new MetricFigureType(), { metric, unit: unit as MetricUnitEnum, kind, filters: [...filters], value: values[metric] ?? null });
    });
  }
}
