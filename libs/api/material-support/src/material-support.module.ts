import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@bridgeway/api-organisations';
import { RelativesModule } from '@bridgeway/api-relatives';
import { ResidentsModule } from '@bridgeway/api-residents';
import { HandoutResolver, MaterialSupportFiguresResolver } from './handout.resolver.js';
import { HandoutsService } from './handouts.service.js';
import { MaterialSupportFiguresService } from './material-support-figures.service.js';

@Module({
  imports: [OrganisationsModule, ResidentsModule, RelativesModule],
  providers: [HandoutsService, MaterialSupportFiguresService, HandoutResolver, MaterialSupportFiguresResolver],
})
export class MaterialSupportModule {}
