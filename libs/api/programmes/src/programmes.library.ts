import type { ApiLibrary } from '@bridgeway/api-database';
import { MIGRATIONS } from './migrations/index.js';
import { Member } from './member.entity.js';
import { Programme } from './programme.entity.js';
import { ProgrammeLeader } from './programme-leader.entity.js';
import { Meeting } from './meeting.entity.js';
import { Attendance } from './attendance.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { ProgrammesModule } from './programmes.module.js';
import { PROGRAMMES_PERSONAL_DATA } from './programmes.personal-data.js';

/**
 * Programmes end or pause, meetings are cancelled: no DELETE there. Leaders are replaced
 * (DELETE); attendance rows are written per participant (INSERT … ON CONFLICT, UPDATE).
 */
export const PROGRAMMES_LIBRARY: ApiLibrary = {
  name: 'programmes',
  module: ProgrammesModule,
  migrations: MIGRATIONS,
  entities: [Member, Programme, ProgrammeLeader, Meeting, Attendance, Enrolment],
  appRoleGrants: {
    member: ['SELECT', 'INSERT', 'UPDATE'],
    programme: ['SELECT', 'INSERT', 'UPDATE'],
    programme_leader: ['SELECT', 'INSERT', 'DELETE'],
    meeting: ['SELECT', 'INSERT', 'UPDATE'],
    attendance: ['SELECT', 'INSERT', 'UPDATE'],
    enrolment: ['SELECT', 'INSERT', 'UPDATE'],
  },
  personalData: PROGRAMMES_PERSONAL_DATA,
};
