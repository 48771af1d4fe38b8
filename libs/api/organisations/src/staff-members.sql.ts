/**
 * How other libraries read staff members in their SQL: a join on this derived table (PostgreSQL
 * inlines it, the plan is that of a plain join), which shows only the public columns of
 * user_account (never the password hash or the sign-in counters), read-only. Usage:
 * `left join ${staffMembers('u')} on u.tenant_id = a.tenant_id and u.id = a.user_id`.
 */
export function staffMembers(alias: string): string {
  return `(select tenant_id, id, email, display_name, role from user_account) ${alias}`;
}
