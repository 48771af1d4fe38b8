import type { ApiLibrary } from '@bridgeway/api-database';
import { CounsellingSession } from './counselling-session.entity.js';
import { CounsellingSessionRevision } from './counselling-session-revision.entity.js';
import { CounsellingModule } from './counselling.module.js';
import { MIGRATIONS } from './migrations/index.js';
import { COUNSELLING_PERSONAL_DATA } from './counselling.personal-data.js';

/** Counselling sessions are never deleted by the app (a wrong one is withdrawn); their revisions are append-only (UPDATE of reason and previous alone, to erase their text: a trigger allows nothing else). */
export const COUNSELLING_LIBRARY: ApiLibrary = {
  name: 'counselling',
  module: CounsellingModule,
  entities: [CounsellingSession, CounsellingSessionRevision],
  appRoleGrants: { counselling_session: ['SELECT', 'INSERT', 'UPDATE'], counselling_session_revision: ['SELECT', 'INSERT'] },
  migrations: MIGRATIONS,
  appRoleColumnGrants: { counselling_session_revision: { UPDATE: ['reason', 'previous'] } },
  personalData: COUNSELLING_PERSONAL_DATA,
};
