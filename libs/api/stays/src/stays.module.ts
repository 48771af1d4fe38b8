import { Global, Module } from '@nestjs/common';
import { ResidenceStays, ResidencesModule } from '@bridgeway/api-residences';
import { ResidentsModule } from '@bridgeway/api-residents';
import { BedOccupantResolver, ResidenceOccupancyResolver } from './residence-occupancy.resolver.js';
import { OccupancyOverTimeResolver } from './occupancy-over-time.resolver.js';
import { OccupancyOverTimeService } from './occupancy-over-time.service.js';
import { ResidenceStaysSql } from './residence-stays.sql.js';
import { ResidentStaysResolver } from './resident-stays.resolver.js';
import { StaysResolver } from './stays.resolver.js';
import { StaysService } from './stays.service.js';

/**
 * Gives residences its ResidenceStays port (the stay table is this library's). Global, because the
 * residences module cannot import this library, which depends on it.
 */
@Global()
@Module({ providers: [{ provide: ResidenceStays, useClass: ResidenceStaysSql }], exports: [ResidenceStays] })
export class ResidenceStaysModule {}

@Module({
  imports: [ResidencesModule, ResidentsModule, ResidenceStaysModule],
  providers: [StaysService, OccupancyOverTimeService, OccupancyOverTimeResolver, StaysResolver, ResidentStaysResolver, ResidenceOccupancyResolver, BedOccupantResolver],
  exports: [StaysService],
})
export class StaysModule {}
