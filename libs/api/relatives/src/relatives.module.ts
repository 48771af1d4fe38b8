import { Module } from '@nestjs/common';
import { ResidentsModule } from '@bridgeway/api-residents';
import { RelativeLinkResolver, ResidentRelativesResolver } from './relative-link.resolver.js';
import { RelativesResolver } from './relatives.resolver.js';
import { RelativesService } from './relatives.service.js';

@Module({
  imports: [ResidentsModule],
  providers: [RelativesService, RelativesResolver, RelativeLinkResolver, ResidentRelativesResolver],
  exports: [RelativesService],
})
export class RelativesModule {}
