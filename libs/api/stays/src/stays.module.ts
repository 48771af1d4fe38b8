import { Module } from '@nestjs/common';
import { ResidencesModule } from '@bridgeway/api-residences';
import { ResidentsModule } from '@bridgeway/api-residents';
import { BedOccupantResolver, ResidenceOccupancyResolver } from './residence-occupancy.resolver.js';
import { ResidentStaysResolver } from './resident-stays.resolver.js';
import { StaysResolver } from './stays.resolver.js';
import { StaysService } from './stays.service.js';

@Module({
  imports: [ResidencesModule, ResidentsModule],
  providers: [StaysService, StaysResolver, ResidentStaysResolver, ResidenceOccupancyResolver, BedOccupantResolver],
  exports: [StaysService],
})
export class StaysModule {}
