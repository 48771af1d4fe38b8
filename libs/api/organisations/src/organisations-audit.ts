import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditAction } from '@bridgeway/shared-domain';

/** An audit row about an organisation's own records (departments, staff assignments). */
export interface OrganisationsAuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** Ids and codes only. */
  details?: Record<string, string | number | boolean | null>;
}

/**
 * How this library writes its audit rows. The audit library depends on this one (it joins staff
 * members), so it cannot be imported here; it provides this port instead (AuditModule, by its
 * AuditService). `em` is the mutation's transaction, so a refused change leaves no row either.
 */
export abstract class OrganisationsAudit {
  abstract record(entries: OrganisationsAuditEntry | OrganisationsAuditEntry[], em: EntityManager): Promise<void>;
}
