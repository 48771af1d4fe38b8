import { ParticipantKind } from '@bridgeway/shared-domain';
import { toParticipantType, type ParticipantType } from './meeting.type.js';

/**
 * SQL for a participant held as (resident_id, relative_id, member_id) on a row `alias` (attendance,
 * enrolment): the joins to their names and the columns `participant_kind`, `participant_id`,
 * `participant_name`. Only the name columns are read: a participant shows nothing of a case file.
 */
export function participantJoins(alias: string): string {
  return `left join resident pr on pr.tenant_id = ${alias}.tenant_id and pr.id = ${alias}.resident_id
          left join relative pl on pl.tenant_id = ${alias}.tenant_id and pl.id = ${alias}.relative_id
          left join member pm on pm.tenant_id = ${alias}.tenant_id and pm.id = ${alias}.member_id`;
}

/** The display name of the participant joined by participantJoins. */
export const PARTICIPANT_NAME = `coalesce(pr.first_name || ' ' || pr.last_name, pl.first_name || ' ' || pl.last_name, pm.first_name || ' ' || pm.last_name)`;

export function participantColumns(alias: string): string {
  return `case when ${alias}.resident_id is not null then 'RESIDENT' when ${alias}.relative_id is not null then 'RELATIVE' else 'MEMBER' end as participant_kind,
          coalesce(${alias}.resident_id, ${alias}.relative_id, ${alias}.member_id) as participant_id,
          ${PARTICIPANT_NAME} as participant_name`;
}

/** Sort order of participant lists: by the name as shown, then id (stable). */
export const PARTICIPANT_ORDER = 'lower(participant_name), participant_id';

export interface ParticipantRow {
  participant_kind: ParticipantKind;
  participant_id: string;
  participant_name: string;
}

export function participantFromRow(row: ParticipantRow): ParticipantType {
  return toParticipantType(row.participant_kind, row.participant_id, row.participant_name);
}

/** The column of attendance/enrolment that holds a participant of this kind. */
export const PARTICIPANT_COLUMN: Record<ParticipantKind, 'resident_id' | 'relative_id' | 'member_id'> = {
  [ParticipantKind.RESIDENT]: 'resident_id',
  [ParticipantKind.RELATIVE]: 'relative_id',
  [ParticipantKind.MEMBER]: 'member_id',
};

/** The table a participant of this kind is kept in. */
export const PARTICIPANT_TABLE: Record<ParticipantKind, 'resident' | 'relative' | 'member'> = {
  [ParticipantKind.RESIDENT]: 'resident',
  [ParticipantKind.RELATIVE]: 'relative',
  [ParticipantKind.MEMBER]: 'member',
};
