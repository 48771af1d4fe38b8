/** Record types the UI has words for (actions: shared-domain's AUDIT_ACTIONS); others are shown as the API sends them. */
export const knownEntityTypes = [
  'Resident',
  'Stay',
  'Goal',
  'CounsellingSession',
  'Assessment',
  'Relative',
  'ResidentRelative',
  'AuditTrail',
  'AuditLog',
  'Residence',
  'Bed',
  'Department',
  'Programme',
  'Meeting',
  'Enrolment',
  'Member',
  'HelplineContact',
  'GriefFollowUp',
  'PlannedContact',
  'Handout',
  'StrategicPlan',
  'Objective',
  'Indicator',
  'Milestone',
  'Funding',
  'PublishedReport',
  'ConsortiumOverview',
  'ExportJob',
  'User',
  'UserAccount',
  'Organisation',
] as const;
export type KnownEntityType = (typeof knownEntityTypes)[number];

export function isKnownEntityType(entityType: string): entityType is KnownEntityType {
  return (knownEntityTypes as readonly string[]).includes(entityType);
}

export type AuditFilter = 'all' | 'reads' | 'changes';

export function matchesAuditFilter(action: string, filter: AuditFilter): boolean {
  if (filter === 'all') return true;
  return filter === 'reads' ? action === 'READ' : action !== 'READ';
}
