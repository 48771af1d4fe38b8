import type { ApiLibrary } from '@bridgeway/api-database';
import { ExportsModule } from './exports.module.js';

/** No entities, no tables, no grants: exports read through the other libraries' services. */
export const EXPORTS_LIBRARY: ApiLibrary = {
  name: 'exports',
  module: ExportsModule,
  entities: [],
  appRoleGrants: {},
};
