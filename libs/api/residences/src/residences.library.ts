import type { ApiLibrary } from '@bridgeway/api-database';
import { Residence } from './residence.entity.js';
import { Bed } from './bed.entity.js';
import { ResidencesModule } from './residences.module.js';

/** Residences and beds are never deleted by the app. */
export const RESIDENCES_LIBRARY: ApiLibrary = {
  name: 'residences',
  module: ResidencesModule,
  entities: [Residence, Bed],
  appRoleGrants: { residence: ['SELECT', 'INSERT', 'UPDATE'], bed: ['SELECT', 'INSERT', 'UPDATE'] },
};
