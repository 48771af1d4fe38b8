import { Module } from '@nestjs/common';
import { ResidentsModule } from '@bridgeway/api-residents';
import { ConsentService } from './consent.service.js';
import { ConsortiaResolver, ResidentConsentResolver } from './consortia.resolver.js';
import { ConsortiaService } from './consortia.service.js';
import { ConsortiumSeriesResolver } from './consortium-series.resolver.js';
import { ConsortiumSeriesService } from './consortium-series.service.js';
import { MetricValuesService } from './metric-values.service.js';
import { MetricFiguresResolver } from './metric-figures.resolver.js';

@Module({
  imports: [ResidentsModule],
  providers: [ConsortiaService, ConsentService, ConsortiumSeriesService, MetricValuesService, ConsortiaResolver, ResidentConsentResolver, ConsortiumSeriesResolver, MetricFiguresResolver],
  exports: [ConsortiaService, ConsentService, MetricValuesService],
})
export class ConsortiaModule {}
