/** Audit actions and record types the UI has words for; anything else is shown as the API sends it. */
export const knownAuditActions = [
  'READ',
  'CREATE',
  'UPDATE',
  'DELETE',
  'ADMIT',
  'DISCHARGE',
  'LINK',
  'CLOSE',
  'REOPEN',
  'ASSIGN_KEY_WORKER',
] as const;
export type KnownAuditAction = (typeof knownAuditActions)[number];

export const knownEntityTypes = [
  'Resident',
  'Stay',
  'Goal',
  'CounsellingSession',
  'Assessment',
  'Relative',
  'ResidentRelative',
  'AuditTrail',
] as const;
export type KnownEntityType = (typeof knownEntityTypes)[number];

export function isKnownAuditAction(action: string): action is KnownAuditAction {
  return (knownAuditActions as readonly string[]).includes(action);
}

export function isKnownEntityType(entityType: string): entityType is KnownEntityType {
  return (knownEntityTypes as readonly string[]).includes(entityType);
}

export type AuditFilter = 'all' | 'reads' | 'changes';

export function matchesAuditFilter(action: string, filter: AuditFilter): boolean {
  if (filter === 'all') return true;
  return filter === 'reads' ? action === 'READ' : action !== 'READ';
}
