import type { ApiLibrary } from '@bridgeway/api-database';
import { MIGRATIONS } from './migrations/index.js';
import { HelplineContact } from './helpline-contact.entity.js';
import { GriefFollowUp } from './grief-follow-up.entity.js';
import { PlannedContact } from './planned-contact.entity.js';
import { HelplineModule } from './helpline.module.js';
import { HELPLINE_PERSONAL_DATA } from './helpline.personal-data.js';

/** Contacts are corrected, not deleted; follow-up plans end; planned contacts are cancelled. */
export const HELPLINE_LIBRARY: ApiLibrary = {
  name: 'helpline',
  module: HelplineModule,
  migrations: MIGRATIONS,
  entities: [HelplineContact, GriefFollowUp, PlannedContact],
  appRoleGrants: {
    helpline_contact: ['SELECT', 'INSERT', 'UPDATE'],
    grief_follow_up: ['SELECT', 'INSERT', 'UPDATE'],
    planned_contact: ['SELECT', 'INSERT', 'UPDATE'],
  },
  personalData: HELPLINE_PERSONAL_DATA,
};
