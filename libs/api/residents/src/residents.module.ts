import { Module } from '@nestjs/common';
import { ResidentConnectionResolver } from './resident-connection.resolver.js';
import { ResidentsResolver } from './residents.resolver.js';
import { ResidentsService } from './residents.service.js';

@Module({ providers: [ResidentsService, ResidentsResolver, ResidentConnectionResolver], exports: [ResidentsService] })
export class ResidentsModule {}
