import { Tenant } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { RefreshToken } from '@bridgeway/api-auth';
import { Bed, Residence } from '@bridgeway/api-residences';
import { Resident } from '@bridgeway/api-residents';
import { Stay } from '@bridgeway/api-stays';
import { Relative, ResidentRelative } from '@bridgeway/api-relatives';
import { CounsellingSession } from '@bridgeway/api-counselling';
import { Goal, GoalEvent } from '@bridgeway/api-goals';
import { Assessment, AssessmentInstrument } from '@bridgeway/api-assessments';
import { AuditEvent } from '@bridgeway/api-audit';

/** Every entity of the schema. A schema diff sees only these, so each new entity is added here. */
export const ENTITIES = [
  Tenant,
  UserAccount,
  RefreshToken,
  Residence,
  Bed,
  Resident,
  Stay,
  Relative,
  ResidentRelative,
  CounsellingSession,
  Goal,
  GoalEvent,
  AssessmentInstrument,
  Assessment,
  AuditEvent,
];
