import type { ApiLibrary } from '@bridgeway/api-database';
import { CounsellingSession } from './counselling-session.entity.js';
import { CounsellingModule } from './counselling.module.js';

/** Counselling sessions are never deleted by the app. */
export const COUNSELLING_LIBRARY: ApiLibrary = {
  name: 'counselling',
  module: CounsellingModule,
  entities: [CounsellingSession],
  appRoleGrants: { counselling_session: ['SELECT', 'INSERT', 'UPDATE'] },
};
