import { CounsellingSession } from '@bridgeway/api-counselling';
import { Goal, GoalEvent } from '@bridgeway/api-goals';
import { Meeting } from '@bridgeway/api-programmes';
import { Residence } from '@bridgeway/api-residences';
import { Stay } from '@bridgeway/api-stays';

/**
 * The tables tenant_metrics() (migration) reads, imported so the dependency of this library's
 * SQL on theirs is visible to Nx (docs/architecture.md, "SQL across libraries").
 */
export const METRIC_SOURCES = [Residence, Stay, CounsellingSession, Goal, GoalEvent, Meeting] as const;
