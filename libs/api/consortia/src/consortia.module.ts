import { Module } from '@nestjs/common';
import { ResidentsModule } from '@bridgeway/api-residents';
import { ConsentService } from './consent.service.js';
import { ConsortiaResolver, ResidentConsentResolver } from './consortia.resolver.js';
import { ConsortiaService } from './consortia.service.js';

@Module({
  imports: [ResidentsModule],
  providers: [ConsortiaService, ConsentService, ConsortiaResolver, ResidentConsentResolver],
  exports: [ConsortiaService, ConsentService],
})
export class ConsortiaModule {}
