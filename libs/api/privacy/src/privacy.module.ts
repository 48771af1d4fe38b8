import { Module } from '@nestjs/common';
import { PersonalDataService } from './personal-data.service.js';
import { ErasureRequestsService } from './erasure/erasure-requests.service.js';
import { ErasureResolver } from './erasure/erasure.resolver.js';
import { SubjectAccessService } from './subject-access/subject-access.service.js';

@Module({
  providers: [PersonalDataService, ErasureRequestsService, ErasureResolver, SubjectAccessService],
  exports: [PersonalDataService, SubjectAccessService],
})
export class PrivacyModule {}
