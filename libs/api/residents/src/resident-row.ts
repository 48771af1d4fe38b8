import { staffMembers } from '@bridgeway/api-organisations';
import type { ResidentStatus, Role } from '@bridgeway/shared-domain';
import { ResidentType } from './resident.type.js';

/**
 * Reads of residents go straight from rows to GraphQL objects (no entity hydration: it was
 * the largest CPU item per request, issue 8), with the key worker's public fields joined so
 * `keyWorker` costs no statement of its own.
 */
export const RESIDENT_COLUMNS = `r.id, r.first_name, r.last_name, r.date_of_birth, r.phone, r.email, r.status, r.intake_date,
  r.version, r.key_worker_id, kw.email as kw_email, kw.display_name as kw_display_name, kw.role as kw_role`;

/** The key worker through the organisations library's staffMembers (user_account is its table). */
export const RESIDENT_WITH_KEY_WORKER = `resident r left join ${staffMembers('kw')} on kw.tenant_id = r.tenant_id and kw.id = r.key_worker_id`;

export interface ResidentRow {
  id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string | null;
  phone: string | null;
  email: string | null;
  status: ResidentStatus;
  intake_date: string;
  version: number;
  key_worker_id: string | null;
  kw_email: string | null;
  kw_display_name: string | null;
  kw_role: Role | null;
}

export function residentFromRow(row: ResidentRow): ResidentType {
  return Object.assign(new ResidentType(), {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    status: row.status,
    intakeDate: row.intake_date,
    version: row.version,
    keyWorkerId: row.key_worker_id,
  });
}
