import { Module } from '@nestjs/common';
import { PersonalDataService } from './personal-data.service.js';

@Module({
  providers: [PersonalDataService],
  exports: [PersonalDataService],
})
export class PrivacyModule {}
