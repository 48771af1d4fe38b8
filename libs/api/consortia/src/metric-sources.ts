import { Assessment } from '@bridgeway/api-assessments';
import { CounsellingSession } from '@bridgeway/api-counselling';
import { Goal, GoalEvent } from '@bridgeway/api-goals';
import { GriefFollowUp, HelplineContact, PlannedContact } from '@bridgeway/api-helpline';
import { Handout } from '@bridgeway/api-material-support';
import { Attendance, Meeting } from '@bridgeway/api-programmes';
import { Bed, Residence } from '@bridgeway/api-residences';
import { Stay } from '@bridgeway/api-stays';

/**
 * The tables tenant_metrics() (migration metric_registry) reads, imported so the dependency of
 * this library's SQL on theirs is visible to Nx (docs/architecture.md, "SQL across libraries").
 */
export const METRIC_SOURCES = [
  Residence, Bed, Stay, CounsellingSession, Goal, GoalEvent, Meeting, Attendance, HelplineContact, GriefFollowUp, PlannedContact, Handout, Assessment,
] as const;
