import type { PersonalDataTable } from '@bridgeway/api-database';
import type { DataSubjectKind } from '@bridgeway/shared-domain';

/**
 * SQL for a person's latest activity, from the catalog's `activityAt` declarations
 * (PERSONAL_DATA_CATALOG): the latest day over every declared table that holds rows of the
 * person, or null when no table records any activity of theirs.
 *
 * `rowsOf` conditions select one subject through the named parameter `:subjectId`; here it is
 * replaced by a column of the outer query (`personId`), so the same declarations serve a whole
 * list. The catalog is code, not input (its tables and columns are checked identifiers).
 */
export function latestActivitySql(catalog: readonly PersonalDataTable[], kind: DataSubjectKind, personId: string): string {
  const parts = catalog
    .flatMap((table) => {
      const rows = table.rowsOf[kind];
      if (!rows || !table.activityAt) return [];
      if (!/^[a-z_][a-z0-9_]*$/.test(table.table)) throw new Error(`Not a plain SQL identifier in the personal-data catalog: ${table.table}`);
      const where = rows.replace(/:subjectId\b/g, personId);
      return [`(select max((${table.activityAt})::date) from ${table.table} t where (${where}))`];
    });
  if (!parts.length) return 'null::date';
  return parts.length === 1 ? parts[0] : `greatest(${parts.join(', ')})`;
}

/** The day the retention period of a person with latest activity `lastActivity` (a date expression) runs out. */
export function retainedUntilSql(lastActivity: string, months: string): string {
  return `((${lastActivity}) + make_interval(months => ${months}))::date`;
}
