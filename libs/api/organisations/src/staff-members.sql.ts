import type { Role } from '@bridgeway/shared-domain';
import type { StaffMember } from './users.service.js';

/**
 * How other libraries read staff members in their SQL: a join on this derived table (PostgreSQL
 * inlines it, the plan is that of a plain join), which shows only the public columns of
 * user_account (never the password hash or the sign-in counters), read-only. Usage:
 * `left join ${staffMembers('u')} on u.tenant_id = a.tenant_id and u.id = a.user_id`.
 */
export function staffMembers(alias: string): string {
  return `(select tenant_id, id, email, display_name, role from user_account) ${alias}`;
}

/**
 * The distinct staff members a query joined through `staffMembers`, read back from columns
 * `<idColumn>`, `<prefix>_email`, `<prefix>_display_name` and `<prefix>_role` (rows without a
 * joined member are skipped); e.g. to prime the users loader.
 */
export function staffOfRows(rows: readonly object[], idColumn: string, prefix: string): StaffMember[] {
  const byId = new Map<string, StaffMember>();
  for (const row of rows as readonly Record<string, unknown>[]) {
    const id = row[idColumn] as string | null;
    const role = row[`${prefix}_role`] as Role | null;
    if (id && role && !byId.has(id)) {
      byId.set(id, { id, email: row[`${prefix}_email`] as string, displayName: row[`${prefix}_display_name`] as string, role });
    }
  }
  return [...byId.values()];
}
