import { Module } from '@nestjs/common';
import { ResidencesResolver } from './residences.resolver.js';
import { ResidencesService } from './residences.service.js';

@Module({ providers: [ResidencesService, ResidencesResolver], exports: [ResidencesService] })
export class ResidencesModule {}
