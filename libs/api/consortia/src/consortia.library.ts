import type { ApiLibrary } from '@bridgeway/api-database';
import { ConsortiaModule } from './consortia.module.js';
import { ConsortiumCoordinator } from './consortium-coordinator.entity.js';
import { ConsortiumMember } from './consortium-member.entity.js';
import { Consortium } from './consortium.entity.js';
import { ResidentConsent } from './resident-consent.entity.js';
import { MIGRATIONS } from './migrations/index.js';
import { CONSORTIA_PERSONAL_DATA } from './consortia.personal-data.js';

/**
 * Consortia are set up by the owner (demo data, operations): the app only reads them.
 * Consent decisions are appended, never changed: SELECT and INSERT.
 */
export const CONSORTIA_LIBRARY: ApiLibrary = {
  name: 'consortia',
  module: ConsortiaModule,
  entities: [Consortium, ConsortiumMember, ConsortiumCoordinator, ResidentConsent],
  migrations: MIGRATIONS,
  appRoleGrants: { consortium: ['SELECT'], consortium_member: ['SELECT'], consortium_coordinator: ['SELECT'], resident_consent: ['SELECT', 'INSERT'] },
  personalData: CONSORTIA_PERSONAL_DATA,
};
