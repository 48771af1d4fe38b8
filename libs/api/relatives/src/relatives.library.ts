import type { ApiLibrary } from '@bridgeway/api-database';
import { Relative } from './relative.entity.js';
import { ResidentRelative } from './resident-relative.entity.js';
import { RelativesModule } from './relatives.module.js';
import { RELATIVES_PERSONAL_DATA } from './relatives.personal-data.js';

/** A resident–relative link can be removed (DELETE); relatives themselves are not. */
export const RELATIVES_LIBRARY: ApiLibrary = {
  name: 'relatives',
  module: RelativesModule,
  entities: [Relative, ResidentRelative],
  appRoleGrants: { relative: ['SELECT', 'INSERT', 'UPDATE'], resident_relative: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] },
  personalData: RELATIVES_PERSONAL_DATA,
};
