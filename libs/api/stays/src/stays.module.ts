import { Module } from '@nestjs/common';
import { ResidencesModule } from '@bridgeway/api-residences';
import { ResidentsModule } from '@bridgeway/api-residents';
import { BedOccupantResolver, ResidenceOccupancyResolver } from './residence-occupancy.resolver.js';
import { OccupancyOverTimeResolver } from './occupancy-over-time.resolver.js';
import { OccupancyOverTimeService } from './occupancy-over-time.service.js';
import { ResidentStaysResolver } from './resident-stays.resolver.js';
import { StaysResolver } from './stays.resolver.js';
import { StaysService } from './stays.service.js';

@Module({
  imports: [ResidencesModule, ResidentsModule],
  providers: [StaysService, OccupancyOverTimeService, OccupancyOverTimeResolver, StaysResolver, ResidentStaysResolver, ResidenceOccupancyResolver, BedOccupantResolver],
  exports: [StaysService],
})
export class StaysModule {}
